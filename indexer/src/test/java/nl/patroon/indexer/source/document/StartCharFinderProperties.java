package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.patroon.indexer.support.Matches;
import nl.patroon.indexer.support.StartCharFinder;

/**
 * Each report pattern read through {@link StartCharFinder} with the start characters declared for it finds exactly
 * what {@link Matcher#find()} finds: the same spans and the same groups, on the sample reports and on texts built
 * to hit the edges (word boundaries after accented letters, numbers inside numbers, upper and lower case).
 */
class StartCharFinderProperties {
    record Use(Pattern pattern, String starts, boolean digits) {
    }

    static final List<Use> USES = uses();

    private static List<Use> uses() {
        List<Use> u = new ArrayList<>(List.of(
                new Use(RegistrationNumbers.PV, "P", false),
                new Use(RegistrationNumbers.LABELLED_REGISTRATION, "br", false),
                new Use(RegistrationNumbers.PARKET, "", true),
                new Use(RegistrationNumbers.VT, "V", false),
                new Use(RegistrationNumbers.VT_LABELLED, "z", false),
                new Use(Speakers.STATEMENT_START, "zdv", false),
                new Use(Speakers.STATEMENT_END, "vbw", false),
                new Use(Speakers.HEARD, "vg", false),
                new Use(Speakers.WOMAN, "az", false)));
        for (ReportDate.Anchor a : ReportDate.ANCHORS) {
            u.add(new Use(a.pattern(), a.starts(), false));
        }
        return u;
    }

    @Provide
    Arbitrary<String> reportLikeTexts() {
        Arbitrary<String> piece = Arbitraries.of("PL1700-2024056789-1", "PL02R3-2013129746-12", "PL0971/07-010858D",
                "éPL1700-2024056789", "xPL1700-2024056789", "BVH-nummer: 2024056789", "bvh nr. 12345678901",
                "Registratienummer 2024056789", "REGISTRATIENR. 2024056789", "10/123456-24", "08.087329.23",
                "05-780013-20", "1.08.087329.23", "a10/123456-24", "VT-RR-2024-0173", "ÉVT-RR-2024-0173",
                "Zaaknummer Veilig Thuis: VT/2024.17", "zakelijk weergegeven", "deed aangifte van het volgende",
                "verklaarde zij het volgende", "verklaring gelezen", "Blijf daarbij", "waarvan door mij",
                "verhoor van de verdachte", "getuigenverhoor", "aangeefster", "Zij deed aangifte", "opgemaakt",
                "Ondertekende te Rotterdam op 9 juni 2024", "gesloten", "Datum: 9 juni 2024", "datum rapportage:",
                "verscheen", "gehoord", "VERHOORD", " ", "\n", ".", "-", "/", ":", "2024", "é", "ſ", "K", "x", "9");
        return piece.list().ofMaxSize(16).map(l -> String.join("", l));
    }

    @Property(tries = 1500)
    void finds_what_find_finds(@ForAll("reportLikeTexts") String text) {
        for (Use use : USES) {
            assertThat(viaStarts(use, text)).as(use.pattern().pattern()).isEqualTo(Matches.viaFind(use.pattern(), text));
        }
    }

    @Example
    void finds_what_find_finds_in_the_sample_reports() throws Exception {
        int matches = 0;
        for (String name : List.of("01-pv-aangifte.txt", "02-pv-bevindingen.txt", "03-veilig-thuis-rapport.txt")) {
            String text = Files.readString(Path.of("..", "samples", "tools", name));
            for (Use use : USES) {
                List<String> expected = Matches.viaFind(use.pattern(), text);
                assertThat(viaStarts(use, text)).as(name + " " + use.pattern().pattern()).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).isGreaterThan(10);
    }

    private static List<String> viaStarts(Use use, String text) {
        return Matches.via(new StartCharFinder(use.pattern(), text, use.starts(), use.digits()));
    }
}

package nl.patroon.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.casefile.MapAuthor;
import nl.patroon.app.casefile.UnresolvedAuthors;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.app.search.Search;
import nl.patroon.app.verify.VerifyCase;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.search.PassageQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case use cases on a new case, without Spring: what the shell and the script both call. */
class CaseUseCasesTest {
    @TempDir
    Path tmp;

    private final Adapters adapters = new Adapters(new Settings(Path.of(""), null, "rechercheur",
            Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC)));

    private Path newCase() {
        Path root = tmp.resolve("zaak");
        new CreateCase(adapters).run(new CreateCase.Request(root, new Parketnummer("10/123456-24"), "Proef"));
        return root;
    }

    @Test
    void a_party_added_is_listed_with_its_aliases_stripped_and_blank_ones_dropped() {
        Path root = newCase();
        var added = new AddParty(adapters).run(new AddParty.Request(root, PartyRole.parse("verdachte"), "Mark",
                List.of(" Mark V ", " ", "+31612345678"))).added();

        assertThat(added.aliases()).containsExactly("Mark V", "+31612345678");
        assertThat(new ListParties(adapters).run(new ListParties.Request(root)).parties()).containsExactly(added);
    }

    @Test
    void a_case_without_passages_says_so_to_search_and_to_unresolved_authors() throws Exception {
        Path root = newCase();
        assertThat(new Search(adapters).run(new Search.Request(root, new PassageQuery("bedreig*", 10))).indexed())
                .isFalse();
        assertThat(new UnresolvedAuthors(adapters).run(new UnresolvedAuthors.Request(root)).indexed()).isFalse();
        assertThat(new ListEvidence(adapters).run(new ListEvidence.Request(root)).evidence()).isEmpty();
    }

    @Test
    void mapping_an_author_makes_it_an_alias_of_the_party() throws Exception {
        Path root = newCase();
        new AddParty(adapters).run(new AddParty.Request(root, PartyRole.parse("slachtoffer"), "Sanne", List.of()));

        MapAuthor.Result r = new MapAuthor(adapters).run(new MapAuthor.Request(root, "Sanne de V.", "p-01"));

        assertThat(r.passages()).isZero();
        assertThat(new ListParties(adapters).run(new ListParties.Request(root)).parties().get(0).aliases())
                .containsExactly("Sanne de V.");
        assertThatThrownBy(() -> new MapAuthor(adapters).run(new MapAuthor.Request(root, "X", "P-09")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Onbekende partij P-09");
    }

    @Test
    void an_export_is_written_recorded_and_verified() throws Exception {
        Path root = newCase();
        ExportTimeline.Result r = new ExportTimeline(adapters).run(
                new ExportTimeline.Request(root, ExportTimeline.Format.parse("JSON"), null));

        assertThat(r.file()).isEqualTo(root.resolve("exports/tijdlijn.json"));
        assertThat(Files.readString(r.file())).contains("10/123456-24");
        var report = new VerifyCase(adapters).run(new VerifyCase.Request(root)).report();
        assertThat(report.ok()).isTrue();
        assertThat(report.exportsChecked()).isEqualTo(1);
        assertThatThrownBy(() -> ExportTimeline.Format.parse("pdf")).hasMessageContaining("kies json of html");
    }
}

package nl.patroon.indexer.source.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.indexer.support.StartCharFinder;
import nl.patroon.core.evidence.SourceKind;

/**
 * Who makes the statement in each paragraph of a report, as the report names them. It matters in court: an
 * aangifte is written by the verbalisant but its account is the aangeefster's (de auditu for anything she did
 * not see herself); a PV van bevindingen is what the verbalisanten saw and heard themselves (an independent
 * source); in a verhoor, {@code V:} is the verbalisant and {@code A:} the person heard.
 *
 * <p>Rules, in order: a paragraph that introduces its speaker ("Aangeefster verklaarde:", "Moeder vertelt dat",
 * "Ik, verbalisant [A], zag") names them; in a verhoor {@code V:}/{@code A:} decide; in an aangifte everything
 * between "zakelijk weergegeven" (or "deed aangifte van het volgende") and the signature formula is the aangever's;
 * the rest of a police record is the verbalisant's. Veilig Thuis and other files only get explicit speakers.
 */
final class Speakers {
    static final String VERBALISANT = "verbalisant";

    private static final String ROLE = "aangeefster|aangever|verdachte|getuige|verbalisant(?:en)?|melder|melding"
            + "|moeder|vader|school|leerkracht|huisarts|kind|slachtoffer|benadeelde|buurvrouw|buurman|zus|broer"
            + "|betrokkene|cliënte?|partner|ex-partner";
    private static final String SAYS = "verklaarde|verklaart|verklaarden|vertelde|vertelt|zei|zegt|meldde|meldt"
            + "|gaf\\s+aan|geeft\\s+aan|ontkende|ontkent|bevestigde|bevestigt|antwoordde|antwoordt|stelde|stelt"
            + "|verzoekt|verzocht|heeft\\s+verklaard|heeft\\s+gemeld|heeft\\s+verteld";
    /** "Aangeefster verklaarde:", "De moeder vertelt dat", "Getuige [naam] verklaarde", "Volgens vader …". */
    private static final Pattern INTRODUCED = Pattern.compile("^(?:(?:de|het)\\s+)?(?<role>" + ROLE
            + ")(?:\\s+\\[[^\\]]{1,40}\\]|\\s+[A-Z][\\p{L}.-]+){0,2}\\s*,?\\s+(?:" + SAYS + ")\\b", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);
    private static final Pattern ACCORDING_TO = Pattern.compile("^volgens\\s+(?:de\\s+|het\\s+)?(?<role>" + ROLE + ")\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Ik, verbalisant [A], zag …", "Wij, verbalisanten …", "Ter plaatse zagen wij …". */
    private static final Pattern OFFICER = Pattern.compile("^(?:ik|wij)\\s*,\\s*verbalisant|^ter\\s+plaatse\\s+(?:zagen|hoorden|troffen)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern QUESTION = Pattern.compile("^V\\s*[:.]\\s*");
    private static final Pattern ANSWER = Pattern.compile("^A\\s*[:.]\\s*");
    static final Pattern STATEMENT_START = Pattern.compile(
            // not the verbalisant's own "verklaar het volgende", which opens the record, not the account
            "zakelijk\\s+weergegeven|(?:deed|doet)\\s+aangifte\\s+van\\s+het\\s+volgende|verklaarde?\\s+(?:zij|hij)\\s+(?:het\\s+)?volgende",
            Pattern.CASE_INSENSITIVE);
    static final Pattern STATEMENT_END = Pattern.compile(
            "verklaring\\s+gelezen|blijf\\s+daarbij|waarvan\\s+door\\s+(?:mij|ons)", Pattern.CASE_INSENSITIVE);
    static final Pattern HEARD = Pattern.compile("verhoor\\s+(?:van\\s+)?(?:de\\s+)?(?<role>verdachte|getuige|aangeefster|aangever)"
            + "|(?<role2>verdachten|getuigen)verhoor", Pattern.CASE_INSENSITIVE);
    static final Pattern WOMAN = Pattern.compile("\\baangeefster\\b|\\bzij\\s+deed\\s+aangifte", Pattern.CASE_INSENSITIVE);

    private Speakers() {
    }

    /** One speaker (or null) per paragraph, in order. */
    static List<String> of(SourceKind kind, List<String> paragraphs) {
        String all = String.join("\n", paragraphs);
        String heard = heardPerson(kind, all);
        List<String> out = new ArrayList<>(paragraphs.size());
        boolean inStatement = false;
        for (String p : paragraphs) {
            boolean closes = kind == SourceKind.PROCES_VERBAAL_AANGIFTE && closesStatement(p);
            String explicit = explicit(p);
            String speaker;
            if (explicit != null) {
                speaker = explicit;
            } else if (kind == SourceKind.PROCES_VERBAAL_VERHOOR && ANSWER.matcher(p).lookingAt()) {
                speaker = heard;
            } else if (isPoliceRecord(kind) && QUESTION.matcher(p).lookingAt()) {
                speaker = VERBALISANT;
            } else if (kind == SourceKind.PROCES_VERBAAL_AANGIFTE && inStatement && !closes) {
                speaker = heard;
            } else {
                speaker = isPoliceRecord(kind) ? VERBALISANT : null;
            }
            out.add(speaker);
            if (kind == SourceKind.PROCES_VERBAAL_AANGIFTE) {
                StartCharFinder starts = new StartCharFinder(STATEMENT_START, p, "zdv", false);
                if (starts.find()) {
                    Matcher start = starts.matcher();
                    inStatement = true;
                    if (p.length() - start.end() > 80 && !closes) {
                        out.set(out.size() - 1, heard); // the account starts in this very paragraph
                    }
                }
                if (closes) {
                    inStatement = false;
                }
            }
        }
        return out;
    }

    private static boolean isPoliceRecord(SourceKind kind) {
        return kind == SourceKind.PROCES_VERBAAL_AANGIFTE || kind == SourceKind.PROCES_VERBAAL_BEVINDINGEN
                || kind == SourceKind.PROCES_VERBAAL_VERHOOR;
    }

    /** Whether the paragraph closes the account ("verklaring gelezen", "blijf daarbij"). */
    private static boolean closesStatement(String p) {
        return new StartCharFinder(STATEMENT_END, p, "vbw", false).find();
    }

    /** Whom an aangifte or verhoor records: "aangeefster"/"aangever", "verdachte", "getuige". */
    private static String heardPerson(SourceKind kind, String text) {
        if (kind == SourceKind.PROCES_VERBAAL_AANGIFTE) {
            return new StartCharFinder(WOMAN, text, "az", false).find() ? "aangeefster" : "aangever";
        }
        StartCharFinder heard = new StartCharFinder(HEARD, text, "vg", false);
        if (heard.find()) {
            Matcher m = heard.matcher();
            String role = (m.group("role") != null ? m.group("role") : m.group("role2")).toLowerCase(Locale.ROOT);
            return role.startsWith("verdachte") ? "verdachte" : role.startsWith("getuige") ? "getuige" : role;
        }
        return text.toLowerCase(Locale.ROOT).contains("verdachte") ? "verdachte" : "gehoorde";
    }

    private static String explicit(String paragraph) {
        String p = paragraph.strip();
        if (OFFICER.matcher(p).lookingAt()) {
            return VERBALISANT;
        }
        Matcher m = INTRODUCED.matcher(p);
        if (!m.lookingAt()) {
            m = ACCORDING_TO.matcher(p);
            if (!m.lookingAt()) {
                return null;
            }
        }
        String role = m.group("role").toLowerCase(Locale.ROOT);
        return role.startsWith("verbalisant") ? VERBALISANT : role.equals("melding") ? "melder" : role;
    }
}

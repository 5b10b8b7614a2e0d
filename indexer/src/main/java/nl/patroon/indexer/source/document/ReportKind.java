package nl.patroon.indexer.source.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.evidence.SourceKind;

/**
 * Recognises the kind of a report from its first page of text. Dutch police records name themselves in their
 * heading ("PROCES-VERBAAL AANGIFTE", "Proces-verbaal van bevindingen"), Veilig Thuis files name the
 * organisation, medical statements their author. The body of one kind often mentions another (a PV van
 * bevindingen "melding Veilig Thuis gedaan", a VT file "aangifte gedaan"), so the name that appears
 * <em>first</em> decides, not the first rule that matches somewhere.
 */
final class ReportKind {
    private static final String PV = "proces[\\s-]*verbaal\\s+(?:van\\s+)?";
    private static final List<Signal> TITLES = List.of(
            new Signal(PV + "aangifte", SourceKind.PROCES_VERBAAL_AANGIFTE),
            new Signal(PV + "bevindingen", SourceKind.PROCES_VERBAAL_BEVINDINGEN),
            new Signal(PV + "(?:verhoor|verdachtenverhoor|getuigenverhoor)", SourceKind.PROCES_VERBAAL_VERHOOR),
            new Signal("veilig\\s+thuis", SourceKind.VEILIG_THUIS),
            new Signal("letselverklaring|forensisch(?:e)?\\s+(?:arts|geneeskund\\w*)|medische\\s+(?:verklaring|informatie)"
                    + "|spoedeisende\\s+hulp|ontslagbrief|huisarts(?:en)?praktijk", SourceKind.MEDICAL));
    /** A PV without a title of its own, recognised by its contents. */
    private static final Pattern ANY_PV = Pattern.compile("(?i)proces[\\s-]*verbaal");
    private static final Pattern QUESTION = Pattern.compile("(?m)^\\s*V\\s*:");
    private static final Pattern ANSWER = Pattern.compile("(?m)^\\s*A\\s*:");
    private static final Pattern AANGIFTE = Pattern.compile("(?i)\\b(?:doet|deed)\\s+aangifte|\\baangifte\\s+van\\b");

    private record Signal(Pattern pattern, SourceKind kind) {
        Signal(String regex, SourceKind kind) {
            this(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind);
        }
    }

    private ReportKind() {
    }

    static SourceKind of(String firstText) {
        SourceKind best = SourceKind.OTHER;
        int bestAt = Integer.MAX_VALUE;
        for (Signal s : TITLES) {
            Matcher m = s.pattern().matcher(firstText);
            if (m.find() && m.start() < bestAt) {
                best = s.kind();
                bestAt = m.start();
            }
        }
        if (best != SourceKind.OTHER || !ANY_PV.matcher(firstText).find()) {
            return best;
        }
        if (QUESTION.matcher(firstText).find() && ANSWER.matcher(firstText).find()) {
            return SourceKind.PROCES_VERBAAL_VERHOOR;
        }
        return AANGIFTE.matcher(firstText).find() ? SourceKind.PROCES_VERBAAL_AANGIFTE : SourceKind.OTHER;
    }
}

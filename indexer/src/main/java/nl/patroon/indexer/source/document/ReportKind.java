package nl.patroon.indexer.source.document;

import java.util.Locale;
import nl.patroon.core.evidence.SourceKind;

/**
 * Recognises the kind of a report from its first page of text: Dutch police records name themselves in their
 * heading ("PROCES-VERBAAL AANGIFTE"), Veilig Thuis files name the organisation.
 */
final class ReportKind {
    private ReportKind() {
    }

    static SourceKind of(String firstText) {
        String t = firstText.toLowerCase(Locale.ROOT);
        if (t.contains("veilig thuis")) {
            return SourceKind.VEILIG_THUIS;
        }
        if (t.contains("proces-verbaal") || t.contains("proces verbaal")) {
            if (t.contains("verhoor")) {
                return SourceKind.PROCES_VERBAAL_VERHOOR;
            }
            if (t.contains("bevindingen")) {
                return SourceKind.PROCES_VERBAAL_BEVINDINGEN;
            }
            if (t.contains("aangifte")) {
                return SourceKind.PROCES_VERBAAL_AANGIFTE;
            }
        }
        if (t.contains("letselverklaring") || t.contains("forensisch arts") || t.contains("huisarts")) {
            return SourceKind.MEDICAL;
        }
        return SourceKind.OTHER;
    }
}

package nl.patroon.templates.export;

import java.util.List;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.redaction.Redaction;

/** A rendered export: its bytes, and the document it shows (with the redaction log to keep with the case). */
public record ExportResult(ExportFormat format, byte[] bytes, ExportDocument document) {

    public String sha256() {
        return Sha256.hex(bytes);
    }

    public List<Redaction> redactions() {
        return document.redactions();
    }
}

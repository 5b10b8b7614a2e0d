package nl.patroon.templates.export;

/** Renders an export document in one format. Implementations are stateless and deterministic. */
public interface TimelineRenderer {
    ExportFormat format();

    /** The file's bytes: the same document always gives the same bytes. */
    byte[] render(ExportDocument document);
}

package nl.patroon.templates.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The formats a timeline is exported in; each has one file extension. */
public enum ExportFormat {
    JSON("json", "application/json"),
    HTML("html", "text/html"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public static ExportFormat parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extension.equals(t)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Onbekend formaat '" + text
                        + "'. Kies uit: json, html, pdf."));
    }

    /**
     * Refuses a file name whose extension contradicts the format ({@code --out x.pdf} with {@code --format html}):
     * a file that claims to be a PDF but is HTML misleads whoever opens it. A name without extension is accepted.
     */
    public void checkFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return;
        }
        String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!ext.equals(extension) && !(this == HTML && ext.equals("htm"))) {
            throw new IllegalArgumentException("De bestandsnaam '" + name + "' past niet bij het formaat " + extension
                    + ": gebruik de extensie ." + extension + " of kies --format " + ext + ".");
        }
    }
}

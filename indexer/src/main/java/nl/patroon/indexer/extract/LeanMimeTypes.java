package nl.patroon.indexer.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.mime.MimeTypesFactory;

/**
 * Tika's own media-type repository, with one magic rule guarded so that it costs almost nothing on files it cannot
 * match. Tika evaluates its rules from the highest priority down, so every file meets the rule for old Adobe
 * Illustrator files (priority 60): a regular expression tried at each of 8,193 offsets, with the matcher reset each
 * time. On the ingest's C1-compiled code that one rule took 0.6–1.0 ms of the 1.4–3.0 ms Tika spent on a file's
 * magic (measured over the 1,500 files of the bench corpus), and type detection runs for every file and attachment.
 *
 * <p>The guard is a plain byte search for the rule's fixed middle, {@code "%AI5_FileFormat "}, over the offsets the
 * expression could place it (1 to 8,193), with the original expression nested inside it. Tika nests a match in a
 * match as "both", and the expression cannot match unless those bytes are there, so the rule accepts exactly the
 * files it did; {@code LeanMimeTypesTest} checks this over the public sample corpora. Should a Tika upgrade change the
 * rule, or should a {@code custom-mimetypes.xml} be on the class path, Tika's repository is used as it is.
 */
final class LeanMimeTypes {
    private static final String TIKA_TYPES = "/org/apache/tika/mime/tika-mimetypes.xml";
    private static final String CUSTOM_TYPES = "org/apache/tika/mime/custom-mimetypes.xml";
    static final String SLOW_RULE =
            "<match value=\"[\\r\\n]%AI5_FileFormat [1-4][\\r\\n]\" type=\"regex\" offset=\"0:8192\"/>";
    static final String GUARDED_RULE =
            "<match value=\"%AI5_FileFormat \" type=\"string\" offset=\"1:8193\">" + SLOW_RULE + "</match>";

    private LeanMimeTypes() {
    }

    /** The guarded repository, or {@code tikas} when the guard does not apply (see the class comment). */
    static MimeTypes of(MimeTypes tikas) {
        String xml = guarded();
        if (xml == null || LeanMimeTypes.class.getClassLoader().getResource(CUSTOM_TYPES) != null) {
            return tikas;
        }
        try {
            return MimeTypesFactory.create(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | MimeTypeException e) {
            return tikas;
        }
    }

    /** Tika's type definitions with the rule guarded, or null when they no longer hold the rule as written here. */
    static String guarded() {
        try (InputStream in = MimeTypes.class.getResourceAsStream(TIKA_TYPES)) {
            if (in == null) {
                return null;
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int at = xml.indexOf(SLOW_RULE);
            if (at < 0 || xml.indexOf(SLOW_RULE, at + 1) >= 0) {
                return null;
            }
            return xml.substring(0, at) + GUARDED_RULE + xml.substring(at + SLOW_RULE.length());
        } catch (IOException e) {
            return null;
        }
    }
}

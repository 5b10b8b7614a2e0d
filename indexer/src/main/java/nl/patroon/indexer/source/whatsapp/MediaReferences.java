package nl.patroon.indexer.source.whatsapp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.passage.Passage;

/**
 * The media file a WhatsApp message sent, as the export names it: iOS writes {@code <bijgevoegd:
 * 00000012-PHOTO-2024-06-08-20-47-13.jpg>} (English {@code <attached: …>}), Android {@code IMG-20240608-WA0003.jpg
 * (bestand bijgevoegd)} (English {@code (file attached)}), a caption on the lines after it. An export saved "with
 * media" carries those files beside the chat, under exactly these names, so each can be tied to the message that
 * sent it.
 */
public final class MediaReferences {
    private static final Pattern IOS = Pattern.compile(
            "^<(?:bijgevoegd|attached|angehängt|pièce jointe|adjunto|anexado|allegato): ([^<>\\n/\\\\]{1,200})>",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ANDROID = Pattern.compile(
            "^([^<>\\n/\\\\]{1,200}?\\.[A-Za-z0-9]{1,8}) \\((?:bestand bijgevoegd|file attached|datei angehängt"
                    + "|fichier joint|archivo adjunto|arquivo anexado|file allegato)\\)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A message whose media the export left out (exported "without media"): Android {@code <Media weggelaten>}
     * ({@code <Media omitted>}), iOS {@code afbeelding weggelaten} ({@code image omitted}); no file can be expected.
     */
    private static final Pattern OMITTED = Pattern.compile(
            "^<?(?:media|medien|médias|multimedia|afbeelding|foto|video|audio|sticker|gif|document|bestand|image"
                    + "|contactkaart|contact card)\\s+(?:weggelaten|omitted|ausgeschlossen|omis|omitido)>?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private MediaReferences() {
    }

    /** The file a message's text names as sent with it, if any. */
    public static Optional<String> fileOf(String messageText) {
        String t = messageText.strip();
        Matcher m = IOS.matcher(t);
        if (m.find()) {
            return Optional.of(m.group(1).strip());
        }
        m = ANDROID.matcher(t);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Whether a message's media were left out of the export (no file to find, and none missing). */
    public static boolean omitted(String messageText) {
        return OMITTED.matcher(messageText.replace("\u200E", "").strip()).matches();
    }

    /**
     * Every media file named in an export's messages, with the passage id of the message that sent it, in message
     * order. A name sent twice keeps its first message (WhatsApp numbers its files, so this does not happen in one
     * export).
     */
    public static Map<String, String> in(List<Passage> messages) {
        Map<String, String> files = new LinkedHashMap<>();
        for (Passage p : messages) {
            fileOf(p.text()).ifPresent(f -> files.putIfAbsent(f, p.id()));
        }
        return files;
    }
}

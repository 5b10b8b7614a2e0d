package nl.patroon.indexer.source.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the lines WhatsApp writes itself inside an attributed message (media left out, deleted
 * messages, location shares, attachments, security notices), so they are kept but marked as system lines
 * and not read as something the author wrote. Lines without an author are system lines anyway.
 */
final class SystemMessages {
    // A whole message that is a placeholder in angle brackets: <Media weggelaten>, <attached: x.jpg>.
    static final Pattern PLACEHOLDER = Pattern.compile("^<[^<>\\n]{3,80}>$");
    static final Pattern ATTACHED = Pattern.compile(
            "\\((bestand bijgevoegd|file attached|datei angehängt|fichier joint|archivo adjunto)\\)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern LOCATION = Pattern.compile(
            "^(locatie|live-?locatie|location|live location|standort|poloha|localización|position|местоположение|موقع)"
                    + ": https?://\\S+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final List<String> PHRASES = List.of(
            // Dutch
            "dit bericht is verwijderd", "u hebt dit bericht verwijderd", "je hebt dit bericht verwijderd",
            "berichten en oproepen worden end-to-end versleuteld", "weggelaten", "live locatie gedeeld",
            "beveiligingscode", "wachten op dit bericht",
            // English
            "this message was deleted", "you deleted this message", "messages and calls are end-to-end encrypted",
            " omitted", "live location shared", "your security code with", "waiting for this message",
            "gemiste spraakoproep", "gemiste video-oproep", "missed voice call", "missed video call", "null");

    /** The phrases a system line starts with, those it ends with, and the first letters of the former (a-z). */
    private static final List<String> PREFIXES = PHRASES.stream().filter(p -> !p.startsWith(" ") && !p.equals("null")).toList();
    private static final List<String> SUFFIXES = PHRASES.stream().filter(p -> p.startsWith(" ")).toList();
    private static final int PREFIX_LETTERS = PREFIXES.stream().mapToInt(p -> 1 << (p.charAt(0) - 'a')).reduce(0, (a, b) -> a | b);

    private SystemMessages() {
    }

    /**
     * Whether an attributed message is app-written.
     *
     * @param clean     the message text, direction marks removed
     * @param appMarked an iOS export's body that starts with a direction mark, as in the file: iOS puts one before
     *                  every text it generates
     */
    static boolean isSystem(String clean, boolean appMarked) {
        if (appMarked && !clean.contains("\n")) {
            return true;
        }
        // Compared in place, ignoring case, within the stripped bounds: this runs for every message and almost
        // never matches, so it neither copies nor lower-cases the text.
        int start = 0;
        int end = clean.length();
        while (start < end && Character.isWhitespace(clean.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(clean.charAt(end - 1))) {
            end--;
        }
        int lineBreak = clean.indexOf('\n', start);
        if (lineBreak >= 0 && lineBreak < end) {
            // A placeholder can carry a caption on the next lines; the caption is the author's text.
            return false;
        }
        if (start == end) {
            return false;
        }
        // Each pattern only where its fixed characters are present: most messages are none of these.
        char first = clean.charAt(start);
        char last = clean.charAt(end - 1);
        if (first == '<' && PLACEHOLDER.matcher(clean.substring(start, end)).matches()
                || last == ')' && ATTACHED.matcher(clean.substring(start, end)).find()
                || clean.indexOf("://", start) >= 0 && LOCATION.matcher(clean.substring(start, end)).matches()) {
            return true;
        }
        int length = end - start;
        if (length == 4 && clean.regionMatches(true, start, "null", 0, 4)) {
            return true;
        }
        char lowerFirst = Character.toLowerCase(first);
        if (lowerFirst >= 'a' && lowerFirst <= 'z' && (PREFIX_LETTERS & 1 << (lowerFirst - 'a')) != 0) {
            for (String p : PREFIXES) {
                if (length >= p.length() && clean.regionMatches(true, start, p, 0, p.length())) {
                    return true;
                }
            }
        }
        if (length < 60) {
            for (String p : SUFFIXES) {
                if (length >= p.length() && clean.regionMatches(true, end - p.length(), p, 0, p.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Dutch-language app lines (the UI language, not the chat's): evidence for day-first dates. */
    static Optional<String> dayFirstHint(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("versleuteld") || lower.contains("<media weggelaten>") || lower.contains("bestand bijgevoegd")
                || lower.contains("dit bericht is verwijderd")) {
            return Optional.of("Nederlandstalige systeemregels (Nederlandse notatie is dag-maand)");
        }
        if (lower.contains("verschlüsselt") || lower.contains("зашифрованы") || lower.contains("chiffrés")) {
            return Optional.of("systeemregels in een taal met dag-maand-notatie");
        }
        return Optional.empty();
    }

    /** The UI language when recognisable (only Dutch and English are claimed). */
    static Optional<String> language(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("versleuteld") || lower.contains("weggelaten") || lower.contains("bijgevoegd")
                || lower.contains("dit bericht is verwijderd")) {
            return Optional.of("nl");
        }
        return Optional.empty();
    }
}

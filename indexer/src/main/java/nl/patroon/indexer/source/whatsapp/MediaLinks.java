package nl.patroon.indexer.source.whatsapp;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.timeline.TimelineBuilder;

/**
 * Ties each media file a WhatsApp export names ({@link MediaReferences}) to the evidence that holds it: a file exported
 * beside the chat (in the same zip, or the same folder) under exactly the name the message gives. The link is written
 * on both sides as evidence facts: the chat names, per message, the evidence id of its file (or that the file is not
 * there); the file names the message that sent it, with its conversation, time and author. Pure: the ingest's linking
 * stage reads the passages and writes the facts.
 */
public final class MediaLinks {
    /** Fact key on the chat, per message: {@code bijlage.m12}. */
    public static final String SENT_PREFIX = "bijlage.";
    /** Fact key on the chat: how many messages had their media left out of the export. */
    public static final String OMITTED = "bijlagen.weggelaten";
    /** Fact key on the media file: the message that sent it. */
    public static final String SENT_IN = "verzonden.in";

    /**
     * One file a message names.
     *
     * @param evidenceId the evidence holding the file, or null when the export does not contain it
     */
    public record Sent(Passage message, String file, String evidenceId) {
        public boolean present() {
            return evidenceId != null;
        }
    }

    /** What linking one chat found: the files its messages name, and how many messages had their media left out. */
    public record Found(List<Sent> sent, int omitted) {
        public Found {
            sent = List.copyOf(sent);
        }
    }

    private MediaLinks() {
    }

    /**
     * The files the messages name, each with the evidence holding it.
     *
     * @param beside evidence id by file name, of what was exported beside the chat
     */
    public static Found find(List<Passage> messages, Map<String, String> beside) {
        List<Sent> sent = new ArrayList<>();
        int omitted = 0;
        for (Passage m : messages) {
            // not skipping lines marked as the app's own: "<Media weggelaten>" is one of them, and a bare
            // "IMG-….jpg (bestand bijgevoegd)" may be taken for one; both patterns are strict enough on their own
            Optional<String> file = MediaReferences.fileOf(m.text());
            if (file.isPresent()) {
                sent.add(new Sent(m, file.get(), beside.get(file.get())));
            } else if (MediaReferences.omitted(m.text())) {
                omitted++;
            }
        }
        return new Found(sent, omitted);
    }

    /** The chat's facts: per message its file's evidence id, or that the file is missing (not a failure). */
    public static Map<String, String> chatFacts(Found found) {
        Map<String, String> facts = new LinkedHashMap<>();
        for (Sent s : found.sent()) {
            facts.put(SENT_PREFIX + s.message().locator().code(), s.present()
                    ? s.evidenceId() + " " + s.file()
                    : "ontbreekt: " + s.file() + " zit niet bij de export (alleen de naam is bekend)");
        }
        if (found.omitted() > 0) {
            facts.put(OMITTED, found.omitted() + " bericht(en) met media die niet mee zijn geëxporteerd"
                    + " (export zonder media)");
        }
        return facts;
    }

    /** The media file's fact: the message that sent it, in which conversation, when and by whom. */
    public static Map<String, String> mediaFacts(Sent s, String conversation, ZoneId zone) {
        Passage m = s.message();
        StringBuilder v = new StringBuilder(m.id()).append(" in ").append(conversation).append(", ")
                .append(m.locator().display());
        if (m.time() != null) {
            v.append(", ").append(TimelineBuilder.dutchTime(m.time(), zone));
        }
        if (m.author() != null) {
            v.append(", van ").append(m.author());
        }
        return Map.of(SENT_IN, v.toString());
    }
}

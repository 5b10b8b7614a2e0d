package nl.patroon.indexer.source.telegram;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.chat.LocalTimes;
import nl.patroon.indexer.source.chat.TimeNotes;

/**
 * Telegram Desktop JSON exports ({@code result.json}): a single chat ({@code messages[]}) or "export all"
 * ({@code chats.list[].messages[]}, also {@code left_chats}). Read as a stream, one message at a time, so large
 * exports do not have to fit in memory as a tree. One passage per message, numbered across all chats;
 * service messages (joins, calls, pins) are kept as system lines.
 *
 * <p>Time: {@code date_unixtime} is an exact instant; older exports only have {@code date}, the local time of
 * the exporting computer, which is read in the context's zone and reported.
 */
public final class TelegramJsonSource implements Source {
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .build();

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean accepts(SourceInput input) {
        if (!input.lowerName().endsWith(".json") && !input.mediaType().contains("json")) {
            return false;
        }
        String head = input.headText();
        return (head.contains("\"messages\"") || head.contains("\"chats\""))
                && (head.contains("\"date_unixtime\"") || head.contains("\"from_id\"")
                || head.contains("\"personal_information\"") || head.contains("_chat\""));
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        Reading r = new Reading(input.evidence().id(), context);
        try (InputStream in = Files.newInputStream(input.file()); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return new SourceResult.Failed("Telegram-export: geen JSON-object");
            }
            r.object(p);
        } catch (JsonParseException e) {
            return new SourceResult.Failed("Telegram-export is geen geldige JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return new SourceResult.Failed("Telegram-export met ongeldige waarde: " + e.getMessage());
        }
        if (r.passages.isEmpty()) {
            return new SourceResult.Skipped("Telegram-export zonder berichten");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("app", "Telegram");
        metadata.put("chats", String.join("; ", r.chats));
        metadata.put("tijdzone", context.zone().getId());
        if (r.localOnly > 0) {
            metadata.put("tijd.lokaal", r.localOnly + " bericht(en) zonder date_unixtime: lokale tijd van de "
                    + "exporterende computer, gelezen als " + context.zone().getId());
        }
        metadata.putAll(r.notes.metadata());
        return new SourceResult.Read(SourceKind.CHAT_EXPORT, r.passages, metadata);
    }

    /** State of one read; confined to it. */
    private static final class Reading {
        final String evidenceId;
        final SourceContext context;
        final List<Passage> passages = new ArrayList<>();
        final List<String> chats = new ArrayList<>();
        final TimeNotes notes = new TimeNotes();
        int localOnly;

        Reading(String evidenceId, SourceContext context) {
            this.evidenceId = evidenceId;
            this.context = context;
        }

        /** Walks an object looking for {@code messages} arrays; {@code name} of the enclosing chat is kept. */
        void object(JsonParser p) throws IOException {
            String chatName = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("name") && value == JsonToken.VALUE_STRING) {
                    chatName = p.getText();
                } else if (field.equals("messages") && value == JsonToken.START_ARRAY) {
                    chats.add(chatName == null ? "(naamloos)" : chatName);
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        message(p);
                    }
                } else if (value == JsonToken.START_OBJECT) {
                    object(p);
                } else if (value == JsonToken.START_ARRAY) {
                    array(p);
                }
            }
        }

        void array(JsonParser p) throws IOException {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT) {
                    object(p);
                } else if (t == JsonToken.START_ARRAY) {
                    array(p);
                }
            }
        }

        void message(JsonParser p) throws IOException {
            int line = (int) p.currentTokenLocation().getLineNr();
            String type = null;
            String unix = null;
            String date = null;
            String from = null;
            String actor = null;
            String action = null;
            StringBuilder text = new StringBuilder();
            String media = null;
            String file = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> type = p.getValueAsString();
                    case "date_unixtime" -> unix = p.getValueAsString();
                    case "date" -> date = p.getValueAsString();
                    case "from" -> from = p.getValueAsString();
                    case "actor" -> actor = p.getValueAsString();
                    case "action" -> action = p.getValueAsString();
                    case "media_type" -> media = p.getValueAsString();
                    case "file", "photo" -> file = p.getValueAsString();
                    case "text" -> text(p, value, text);
                    default -> p.skipChildren();
                }
            }
            boolean service = "service".equals(type);
            String body = text.toString();
            if (service) {
                body = (actor == null ? "" : actor + " ") + (action == null ? "" : action.replace('_', ' '))
                        + (body.isEmpty() ? "" : ": " + body);
            } else if (body.isEmpty() && (media != null || file != null)) {
                body = "<" + (media != null ? media : "bijlage") + (file != null ? ": " + file : "") + ">";
            }
            int index = passages.size() + 1;
            passages.add(new Passage(evidenceId, Locator.message(index, line), time(index, unix, date),
                    service ? actor : from, null, null, service || (text.length() == 0 && !body.isEmpty()),
                    body.strip()));
        }

        /**
         * {@code text} is a string, or an array of strings and {@code {"type":…, "text":…}} entities, joined as
         * they are: the export keeps the spaces in the plain strings, so nothing is added.
         */
        void text(JsonParser p, JsonToken value, StringBuilder out) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                out.append(p.getText());
            } else if (value == JsonToken.START_ARRAY) {
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY && t != null; t = p.nextToken()) {
                    if (t == JsonToken.VALUE_STRING) {
                        out.append(p.getText());
                    } else if (t == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String f = p.currentName();
                            p.nextToken();
                            if (f.equals("text")) {
                                out.append(p.getText());
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }

        EventTime time(int index, String unix, String date) {
            if (unix != null && !unix.isBlank()) {
                return EventTime.at(Instant.ofEpochSecond(Long.parseLong(unix.strip())).atZone(context.zone()),
                        TimePrecision.SECOND);
            }
            if (date != null && !date.isBlank()) {
                localOnly++;
                LocalTimes.Placed placed = notes.note(index, LocalTimes.place(LocalDateTime.parse(date), context.zone()));
                return EventTime.at(placed.at(), TimePrecision.SECOND);
            }
            return null;
        }
    }
}

package nl.patroon.indexer.source.signal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.chat.ChatText;
import nl.patroon.indexer.source.chat.LocalTimes;
import nl.patroon.indexer.source.chat.TimeNotes;

/**
 * Signal Desktop chats exported with signal-export (markdown style): {@code [2019-12-24, 12:23] Name: text},
 * continuation lines belonging to the message above, attachments as markdown links. Times are the local
 * time of the exporting computer, placed in the context's zone.
 *
 * <p>Told apart from a WhatsApp iOS export, which has the same brackets: WhatsApp always writes seconds,
 * and never a comma after an ISO date; a {@code .md} file in this form is Signal too.
 */
public final class SignalSource implements Source {
    private static final Pattern HEADER = Pattern.compile(
            "^\\[(\\d{4})-(\\d{2})-(\\d{2})(,?) (\\d{2}):(\\d{2})(?::(\\d{2}))?\\] ([^:\\n]{1,100}?): (.*)$");
    private static final Pattern ATTACHMENT = Pattern.compile("^!?\\[[^\\]]*\\]\\([^)]*\\)$");

    @Override
    public String name() {
        return "signal";
    }

    /** Before WhatsApp, whose iOS pattern would also take these lines. */
    @Override
    public int priority() {
        return 9;
    }

    @Override
    public boolean accepts(SourceInput input) {
        boolean markdown = input.lowerName().endsWith(".md");
        if (!markdown && !input.mediaType().startsWith("text/")) {
            return false;
        }
        for (String line : input.headText().split("\\R", 6)) {
            String l = ChatText.stripBidi(line);
            if (l.isBlank()) {
                continue;
            }
            Matcher m = HEADER.matcher(l);
            return m.matches() && (markdown || (m.group(4).equals(",") && m.group(7) == null));
        }
        return false;
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        List<String> lines = ChatText.lines(input.file());
        List<Passage> passages = new ArrayList<>();
        TimeNotes notes = new TimeNotes();
        Matcher open = null;
        int openLine = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= lines.size(); i++) {
            Matcher m = i < lines.size() ? HEADER.matcher(ChatText.stripBidi(lines.get(i))) : null;
            boolean header = m != null && m.matches();
            if ((header || i == lines.size()) && open != null) {
                passages.add(passage(input.evidence().id(), passages.size() + 1, openLine, open, text, context, notes));
            }
            if (header) {
                open = m;
                openLine = i + 1;
                text.setLength(0);
                text.append(m.group(9));
            } else if (open != null && i < lines.size()) {
                text.append('\n').append(lines.get(i));
            }
        }
        if (passages.isEmpty()) {
            return new SourceResult.Skipped("Signal-export zonder berichten");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("app", "Signal");
        metadata.put("tijdzone", context.zone().getId() + " (lokale tijd van de export)");
        metadata.putAll(notes.metadata());
        if (ChatText.hasReplacements(lines)) {
            metadata.put("tekens.onleesbaar", "het bestand bevat bytes die geen geldige UTF-8 zijn; die tekens "
                    + "zijn vervangen door \uFFFD");
        }
        return new SourceResult.Read(SourceKind.CHAT_EXPORT, passages, metadata);
    }

    private static Passage passage(String evidenceId, int index, int line, Matcher m, StringBuilder text,
                                   SourceContext context, TimeNotes notes) {
        boolean seconds = m.group(7) != null;
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)),
                seconds ? Integer.parseInt(m.group(7)) : 0);
        LocalTimes.Placed placed = notes.note(index, LocalTimes.place(local, context.zone()));
        // Trailing blank lines separate messages in the export; they are not part of the text.
        String body = text.toString().strip();
        return new Passage(evidenceId, Locator.message(index, line),
                EventTime.at(placed.at(), seconds ? TimePrecision.SECOND : TimePrecision.MINUTE),
                m.group(8).strip(), null, null, ATTACHMENT.matcher(body).matches(), body);
    }
}

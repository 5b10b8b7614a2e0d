package nl.patroon.indexer.source.whatsapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
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

/**
 * WhatsApp "export chat" text files, Android ({@code 12-03-2024 22:14 - Naam: bericht}) and iOS
 * ({@code [12-03-2024 22:14:05] Naam: bericht}), day-first dates as the Dutch locale writes them. One passage
 * per message; continuation lines belong to the message above; lines without an author are system lines.
 * Times are local, read in the context's zone.
 */
public final class WhatsAppSource implements Source {
    // day, month, year, hour, minute, optional seconds; then " - " (Android) or "] " (iOS)
    private static final Pattern LINE = Pattern.compile(
            "^\\u200E?\\[?(\\d{1,2})[-./](\\d{1,2})[-./](\\d{2}|\\d{4}),? (\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\]?(?: -|:)? (.*)$");
    private static final Pattern AUTHOR = Pattern.compile("^([^:]{1,80}): (.*)$", Pattern.DOTALL);

    @Override
    public String name() {
        return "whatsapp";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean accepts(SourceInput input) {
        if (!input.mediaType().startsWith("text/")) {
            return false;
        }
        String[] lines = input.headText().replace("\uFEFF", "").split("\\R", 8);
        int checked = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (LINE.matcher(line).matches()) {
                return true;
            }
            if (++checked >= 3) {
                break;
            }
        }
        return false;
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        List<Passage> passages = new ArrayList<>();
        String id = input.evidence().id();
        try (BufferedReader reader = Files.newBufferedReader(input.file(), StandardCharsets.UTF_8)) {
            Pending pending = null;
            int lineNo = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNo++;
                line = line.replace("\uFEFF", "");
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    if (pending != null) {
                        passages.add(pending.toPassage(id, passages.size() + 1, context));
                    }
                    pending = new Pending(m, lineNo);
                } else if (pending != null) {
                    pending.text.append('\n').append(line);
                }
            }
            if (pending != null) {
                passages.add(pending.toPassage(id, passages.size() + 1, context));
            }
        }
        if (passages.isEmpty()) {
            return new SourceResult.Skipped("chatexport zonder berichten");
        }
        return new SourceResult.Read(SourceKind.CHAT_EXPORT, passages, Map.of("app", "WhatsApp"));
    }

    private static final class Pending {
        final LocalDateTime time;
        final boolean seconds;
        final int line;
        final StringBuilder text;

        Pending(Matcher m, int line) {
            int year = Integer.parseInt(m.group(3));
            year = year < 100 ? 2000 + year : year;
            this.seconds = m.group(6) != null;
            this.time = LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    seconds ? Integer.parseInt(m.group(6)) : 0);
            this.line = line;
            this.text = new StringBuilder(m.group(7));
        }

        Passage toPassage(String evidenceId, int index, SourceContext context) {
            String body = text.toString().replace("\u200E", "");
            Matcher a = AUTHOR.matcher(body);
            String author = null;
            boolean system = true;
            if (a.matches()) {
                author = a.group(1).strip();
                body = a.group(2);
                system = false;
            }
            // ZonedDateTime.of resolves DST gaps forward and overlaps to the earlier offset.
            ZonedDateTime at = ZonedDateTime.of(time, context.zone());
            return new Passage(evidenceId, Locator.message(index, line),
                    EventTime.at(at, seconds ? TimePrecision.SECOND : TimePrecision.MINUTE), author, null, "nl",
                    system, body.strip());
        }
    }
}

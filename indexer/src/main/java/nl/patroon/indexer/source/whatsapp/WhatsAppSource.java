package nl.patroon.indexer.source.whatsapp;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * WhatsApp "export chat" text files from Android and iOS in any UI language: one passage per message,
 * continuation lines belonging to the message above, app-written lines kept but marked as system lines.
 * The file's date layout (day-month or month-day, calendar) is decided from the whole file before any
 * date is read ({@link DateLayout}); when it has to be assumed, the evidence metadata says so. Times are
 * local wall-clock times, placed in the context's zone.
 */
public final class WhatsAppSource implements Source {
    private static final int SNIFF_LINES = 5;

    @Override
    public String name() {
        return "whatsapp";
    }

    @Override
    public int priority() {
        return 10;
    }

    /** Text whose first non-empty line starts with a WhatsApp timestamp; a police report never does. */
    @Override
    public boolean accepts(SourceInput input) {
        if (!input.mediaType().startsWith("text/") && !input.lowerName().endsWith(".txt")) {
            return false;
        }
        String[] lines = input.headText().split("\\R", SNIFF_LINES + 1);
        for (int i = 0; i < Math.min(lines.length, SNIFF_LINES); i++) {
            if (!ChatText.stripBidi(lines[i]).isBlank()) {
                return WhatsAppHeader.parse(lines[i]).isPresent();
            }
        }
        return false;
    }

    @Override
    public SourceResult read(SourceInput input, SourceContext context) throws IOException {
        List<String> lines = ChatText.lines(input.file());
        List<Raw> messages = split(lines);
        if (messages.isEmpty()) {
            return new SourceResult.Skipped("chatexport zonder berichten");
        }
        StringBuilder appLines = new StringBuilder();
        messages.stream().limit(200).forEach(m -> appLines.append(m.text()).append('\n'));
        DateLayout layout;
        try {
            layout = DateLayout.decide(messages.stream().map(Raw::header).toList(),
                    SystemMessages.dayFirstHint(appLines.toString()));
        } catch (DateLayout.Undecidable e) {
            return new SourceResult.Failed("WhatsApp-export: " + e.getMessage());
        }
        String language = SystemMessages.language(appLines.toString()).orElse(null);

        List<Passage> passages = new ArrayList<>(messages.size());
        TimeNotes notes = new TimeNotes();
        LocalDate today = LocalDate.now(context.zone());
        int future = 0;
        // An export has thousands of messages and a handful of authors: one String per author, whose hash is then
        // computed once for every map it is looked up in downstream (attribution, index terms, conversation rules).
        Map<String, String> authors = new java.util.HashMap<>();
        for (Raw m : messages) {
            int index = passages.size() + 1;
            LocalDate date = layout.date(m.header).orElseThrow(); // the layout was chosen so that every date is valid
            future += date.isAfter(today.plusDays(1)) ? 1 : 0;
            WhatsAppHeader h = m.header;
            LocalDateTime local = LocalDateTime.of(date, LocalTime.of(h.hour24(), h.minute(), Math.max(h.seconds(), 0)));
            LocalTimes.Placed placed = notes.note(index, LocalTimes.place(local, context.zone()));
            TimePrecision precision = h.seconds() >= 0 ? TimePrecision.SECOND : TimePrecision.MINUTE;
            passages.add(toPassage(input.evidence().id(), index, m, EventTime.at(placed.at(), precision), language,
                    authors));
        }

        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("app", "WhatsApp");
        metadata.put("platform", messages.get(0).header.bracketed() ? "iOS" : "Android");
        metadata.put("datumnotatie", layout.order().dutch + " (grond: " + layout.basis() + ")");
        metadata.put("kalender", layout.calendar().dutch);
        metadata.put("tijdzone", context.zone().getId() + " (lokale tijd van de export)");
        if (!layout.certain()) {
            metadata.put("datumnotatie.onzeker", "De volgorde van dag en maand is niet vast te stellen uit dit "
                    + "bestand; dag-maand is aangenomen. Controleer enkele datums met een andere bron.");
        }
        if (future > 0) {
            metadata.put("tijd.toekomst", future + " bericht(en) gedateerd na de dag van inlezen; controleer de "
                    + "klok van het toestel");
        }
        metadata.putAll(notes.metadata());
        if (ChatText.hasReplacements(lines)) {
            metadata.put("tekens.onleesbaar", "het bestand bevat bytes die geen geldige UTF-8 zijn; die tekens "
                    + "zijn vervangen door \uFFFD");
        }
        return new SourceResult.Read(SourceKind.CHAT_EXPORT, passages, metadata);
    }

    /** A message as found: its header, its first line number, and its text (with continuation lines). */
    private static final class Raw {
        final WhatsAppHeader header;
        final int line;
        private final String first;
        /** Only for a message of more than one line; most have one, and need no copy. */
        private StringBuilder more;

        Raw(WhatsAppHeader header, int line, String first) {
            this.header = header;
            this.line = line;
            this.first = first;
        }

        void append(String continuation) {
            if (more == null) {
                more = new StringBuilder(first);
            }
            more.append('\n').append(continuation);
        }

        String text() {
            return more == null ? first : more.toString();
        }

        WhatsAppHeader header() {
            return header;
        }
    }

    private static List<Raw> split(List<String> lines) {
        List<Raw> messages = new ArrayList<>();
        Raw pending = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<WhatsAppHeader> header = WhatsAppHeader.parse(line);
            // An export is all Android or all iOS: a line in the other form is quoted text inside a message.
            if (header.isPresent() && (pending == null || header.get().bracketed() == messages.get(0).header.bracketed())) {
                pending = new Raw(header.get(), i + 1, line.substring(header.get().restOffset()));
                messages.add(pending);
            } else if (pending != null) {
                pending.append(line);
            }
            // lines before the first message (an empty line, a BOM) belong to nothing
        }
        return messages;
    }

    /**
     * Where "Name: text" puts its colon, or -1: the first colon, at most 100 characters in, no line break
     * before it, a space after it (a name has no colon; WhatsApp always writes the space). By hand rather than
     * as the pattern {@code ^([^:\n]{1,100}?): (.*)$} it replaces, once per message.
     */
    static int authorColon(String s) {
        for (int i = 0; i < s.length() && i <= 100; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == ':') {
                return i >= 1 && i + 1 < s.length() && s.charAt(i + 1) == ' ' ? i : -1;
            }
        }
        return -1;
    }

    private static Passage toPassage(String evidenceId, int index, Raw m, EventTime time, String language,
                                     Map<String, String> authors) {
        String raw = m.text();
        String clean = ChatText.stripBidi(raw);
        int colon = authorColon(clean);
        Locator locator = Locator.message(index, m.line);
        if (colon <= 0) {
            return new Passage(evidenceId, locator, time, null, null, language, true, clean.strip());
        }
        String author = authors.computeIfAbsent(clean.substring(0, colon).strip(), a -> a);
        String text = clean.substring(colon + 2).strip(); // direction marks are dropped one for one
        // iOS marks the text it writes itself with a direction mark at the start of the body, as written
        boolean appMarked = m.header.bracketed() && ChatText.bidiMarkAt(raw, ChatText.originalOffset(raw, colon + 2));
        boolean system = SystemMessages.isSystem(text, appMarked);
        return new Passage(evidenceId, locator, time, author, null, language, system, text);
    }
}

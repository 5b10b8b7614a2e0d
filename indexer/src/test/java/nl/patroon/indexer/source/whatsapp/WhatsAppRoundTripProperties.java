package nl.patroon.indexer.source.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.chat.ChatFixtures;

/**
 * Never silently wrong: whatever layout a chat is written in, every date read back is the date written,
 * or the export is reported as having an undecidable day/month order.
 */
class WhatsAppRoundTripProperties {

    /** A layout: how WhatsApp writes the timestamp prefix, and whether it has seconds. */
    record Layout(String pattern, String prefix, String suffix, boolean seconds) {
        String header(LocalDateTime t) {
            return prefix + DateTimeFormatter.ofPattern(pattern, Locale.US).format(t) + suffix;
        }
    }

    record Message(LocalDateTime at, String author, List<String> lines) {
    }

    /** A message as a distance from the one before it, so that generated chats are in time order. */
    record Step(long minutes, int second, String author, List<String> lines) {
    }

    static final List<Layout> LAYOUTS = List.of(
            new Layout("dd-MM-yyyy HH:mm", "", " - ", false),
            new Layout("dd/MM/yyyy, HH:mm", "", " - ", false),
            new Layout("dd.MM.yy, HH:mm", "", " - ", false),
            new Layout("M/d/yy, h:mm\u202Fa", "", " - ", false),
            new Layout("dd-MM-yyyy HH:mm:ss", "[", "] ", true),
            new Layout("M/d/yy, HH:mm:ss", "[", "] ", true),
            new Layout("d/M/yy, h:mm:ss a", "\u200E[", "] ", true),
            new Layout("yyyy/MM/dd HH:mm:ss", "[", "] ", true),
            new Layout("HH:mm:ss, d/M/yy", "[", "] ", true));

    @Property(tries = 300)
    void everyDateIsReadBackOrTheOrderIsReportedAsAssumed(@ForAll("layouts") Layout layout,
                                                          @ForAll("chats") List<Message> chat) throws Exception {
        Path dir = Files.createTempDirectory("wa-prop");
        Path file = dir.resolve("chat.txt");
        StringBuilder text = new StringBuilder();
        for (Message m : chat) {
            text.append(layout.header(m.at())).append(m.author()).append(": ").append(String.join("\n", m.lines()))
                    .append('\n');
        }
        Files.writeString(file, text);
        try {
            SourceResult r = new WhatsAppSource().read(ChatFixtures.input(file, "text/plain"),
                    new SourceContext(ZoneOffset.UTC, false));

            assertThat(r).isInstanceOf(SourceResult.Read.class);
            SourceResult.Read read = (SourceResult.Read) r;
            List<Passage> p = read.passages();
            assertThat(p).hasSameSizeAs(chat);
            List<LocalDateTime> expected = chat.stream()
                    .map(m -> layout.seconds() ? m.at() : m.at().withSecond(0)).toList();
            List<LocalDateTime> actual = p.stream().map(x -> x.time().start().toLocalDateTime()).toList();
            if (!actual.equals(expected)) {
                assertThat(read.metadata()).containsKey("datumnotatie.onzeker");
            }
            for (int i = 0; i < chat.size(); i++) {
                assertThat(p.get(i).author()).isEqualTo(chat.get(i).author());
                assertThat(p.get(i).text()).isEqualTo(String.join("\n", chat.get(i).lines()));
                assertThat(p.get(i).system()).isFalse();
            }
        } finally {
            Files.delete(file);
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Arbitraries.of(LAYOUTS);
    }

    @Provide
    Arbitrary<List<Message>> chats() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
        Arbitrary<String> author = Arbitraries.of("Sanne de Vries", "Mark", "+31 6 12345678", "Oma 👵");
        Arbitrary<Step> step = Combinators.combine(Arbitraries.longs().between(0, 60L * 24 * 40),
                Arbitraries.integers().between(0, 59), author, line.list().ofMinSize(1).ofMaxSize(3)).as(Step::new);
        Arbitrary<LocalDateTime> start = Arbitraries.longs().between(0, 60L * 24 * 365 * 12)
                .map(m -> LocalDateTime.of(2012, 1, 1, 0, 0).plusMinutes(m));
        return Combinators.combine(start, step.list().ofMinSize(1).ofMaxSize(25)).as((s, steps) -> {
            List<Message> out = new ArrayList<>();
            LocalDateTime t = s;
            for (Step st : steps) {
                t = t.plusMinutes(st.minutes()).withSecond(st.second());
                out.add(new Message(t, st.author(), st.lines()));
            }
            return out;
        });
    }
}

package nl.patroon.indexer.source.signal;

import static nl.patroon.indexer.source.chat.ChatFixtures.input;
import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;

class SignalSourceTest {
    private final SignalSource source = new SignalSource();

    @Test
    void readsMessagesWithContinuationLinesAndAttachments() throws Exception {
        List<Passage> p = readOk(source, resource("signal/chat.md"), "text/markdown").passages();

        assertThat(p).extracting(Passage::author).containsExactly("Mark", "Mark", "Sanne de Vries", "Mark");
        assertThat(p.get(1).text()).isEqualTo("Ik zie je licht branden.\nDoe open.");
        assertThat(p.get(2).system()).isTrue();
        assertThat(p).extracting(x -> x.locator().line()).containsExactly(1, 2, 5, 6);
        assertThat(p).allSatisfy(x -> assertThat(x.time().precision()).isEqualTo(TimePrecision.MINUTE));
    }

    @Test
    void localTimesInTheSpringGapAndAutumnOverlapAreResolvedAndReported() throws Exception {
        SourceResult.Read read = readOk(source, resource("signal/chat.md"), "text/markdown");
        List<Passage> p = read.passages();

        assertThat(p.get(0).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-31T01:59+01:00"));
        assertThat(p.get(1).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-31T03:30+02:00"));
        assertThat(p.get(3).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-27T02:30+02:00"));
        assertThat(read.metadata().get("tijd.zomertijdsprong")).contains("bericht 2");
        assertThat(read.metadata().get("tijd.wintertijdoverlap")).contains("bericht 4");
    }

    @Test
    void doesNotTakeWhatsAppExportsWithTheirSeconds() throws Exception {
        assertThat(source.accepts(input(resource("chat-miner/signal/test_export.txt"), "text/plain"))).isTrue();
        assertThat(source.accepts(input(resource("whatsapp/ja_ios.txt"), "text/plain"))).isFalse();
        assertThat(source.accepts(input(resource("whatsapp/nl_ios.txt"), "text/plain"))).isFalse();
    }
}

package nl.patroon.indexer.source.telegram;

import static nl.patroon.indexer.source.chat.ChatFixtures.input;
import static nl.patroon.indexer.source.chat.ChatFixtures.read;
import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramJsonSourceTest {
    private final TelegramJsonSource source = new TelegramJsonSource();

    @Test
    void readsMessagesServiceLinesAndMediaFromASingleChatExport() throws Exception {
        SourceResult.Read read = readOk(source, resource("telegram/result.json"), "application/json");
        List<Passage> p = read.passages();

        assertThat(read.kind()).isEqualTo(SourceKind.CHAT_EXPORT);
        assertThat(read.metadata()).containsEntry("chats", "Mark");
        assertThat(p).extracting(Passage::author).containsExactly("Mark", "Sanne de Vries", "Mark", "Mark");
        assertThat(p).extracting(Passage::system).containsExactly(false, false, true, true);
        assertThat(p.get(0).text()).isEqualTo("Waar ben je?");
        assertThat(p.get(1).text()).isEqualTo("Laat me met rust. Zie https://example.org/");
        assertThat(p.get(2).text()).isEqualTo("Mark phone call");
        assertThat(p.get(3).text()).isEqualTo("<bijlage: photos/photo_1@31-03-2024_03-30-00.jpg>");
        assertThat(p).extracting(x -> x.locator().message()).containsExactly(1, 2, 3, 4);
        assertThat(p.get(0).locator().line()).isEqualTo(6);
    }

    @Test
    void unixTimesAreExactInstantsInTheCaseZone() throws Exception {
        List<Passage> p = readOk(source, resource("telegram/result.json"), "application/json").passages();

        assertThat(p).allSatisfy(x -> assertThat(x.time().precision()).isEqualTo(TimePrecision.SECOND));
        assertThat(p.get(0).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-02-14T21:03:11+01:00"));
        assertThat(p.get(3).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-31T03:30:00+02:00"));
    }

    @Test
    void localOnlyDatesArePlacedInTheZoneAndTheirDaylightSavingTroubleReported() throws Exception {
        SourceResult.Read read = readOk(source, resource("telegram/local_dates.json"), "application/json");
        List<Passage> p = read.passages();

        assertThat(p.get(0).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-31T03:30:00+02:00"));
        assertThat(p.get(1).time().start().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(read.metadata()).containsKeys("tijd.lokaal", "tijd.zomertijdsprong", "tijd.wintertijdoverlap");
    }

    @Test
    void brokenJsonFailsWithAReason(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("result.json");
        Files.writeString(f, "{\"name\": \"x\", \"messages\": [ {\"id\": 1, \"date_unixtime\": \"17079");

        SourceResult r = read(source, f, "application/json");

        assertThat(r).isInstanceOf(SourceResult.Failed.class);
        assertThat(((SourceResult.Failed) r).reason()).startsWith("Telegram-export");
    }

    @Test
    void acceptsTelegramExportsButNotOtherJson(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("data.json");
        Files.writeString(other, "{\"messages\": [{\"sender_name\": \"x\", \"timestamp_ms\": 1}]}");

        assertThat(source.accepts(input(resource("telegram/result.json"), "application/json"))).isTrue();
        assertThat(source.accepts(input(other, "application/json"))).isFalse();
    }
}

package nl.patroon.indexer.source.chat;

import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.signal.SignalSource;
import nl.patroon.indexer.source.telegram.TelegramJsonSource;
import nl.patroon.indexer.source.whatsapp.WhatsAppSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance: every chat-miner fixture (copied under {@code chats/chat-miner}, MIT) parses to the messages its
 * expected output lists: the same count, authors and times. chat-miner drops app lines; Patroon keeps them as
 * system lines, so the comparison is with the attributed, non-system passages.
 */
class ChatMinerCorpusTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            whatsapp/test_ddmmyy_24hrs.txt       | whatsapp | text/plain       | false
            whatsapp/test_mmddyy_24hrs.txt       | whatsapp | text/plain       | false
            whatsapp/test_mmddyyyy_12hrs.txt     | whatsapp | text/plain       | false
            whatsapp/test_yyyymmdd_24hrs.txt     | whatsapp | text/plain       | false
            whatsapp/test_[mmddyy]_24hrs.txt     | whatsapp | text/plain       | false
            signal/test_export.txt               | signal   | text/plain       | false
            telegram/test_single_export.json     | telegram | application/json | true
            telegram/test_batch_export.json      | telegram | application/json | true
            """)
    void parsesToTheExpectedMessages(String file, String format, String mediaType, boolean utc) throws Exception {
        Path dir = resource("chat-miner/" + format);
        Path path = dir.resolve(file.substring(file.indexOf('/') + 1));
        ExpectedMessages expected = ExpectedMessages.read(dir.resolve("target.json"));
        SourceInput input = ChatFixtures.input(path, mediaType);

        Source chosen = SourceRegistry.discover().sourceFor(input).orElseThrow();
        assertThat(chosen.name()).isEqualTo(format);
        SourceResult.Read read = readOk(chosen, path, mediaType);

        List<Passage> messages = read.passages().stream().filter(p -> !p.system()).toList();
        assertThat(messages).hasSameSizeAs(expected.messages());
        assertThat(messages).extracting(Passage::author).containsExactlyInAnyOrderElementsOf(
                expected.messages().stream().map(ExpectedMessages.Message::author).toList());
        // chat-miner writes exported wall-clock times, except Telegram's, which it writes in UTC
        assertThat(messages.stream().sorted(Comparator.comparing(p -> p.time().start()))
                .map(p -> (utc ? p.time().start().withZoneSameInstant(ZoneOffset.UTC) : p.time().start())
                        .toLocalDateTime() + " " + p.author()).toList())
                .containsExactlyElementsOf(expected.messages().stream()
                        .sorted(Comparator.comparing(ExpectedMessages.Message::timestamp))
                        .map(m -> m.timestamp() + " " + m.author()).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"whatsapp/test_ddmmyy_24hrs.txt", "whatsapp/test_mmddyyyy_12hrs.txt", "whatsapp/test_[mmddyy]_24hrs.txt"})
    void multiLineMessagesAndAppLinesAreKept(String file) throws Exception {
        Path dir = resource("chat-miner/whatsapp");
        List<Passage> all = readOk(new WhatsAppSource(), dir.resolve(file.substring(9)), "text/plain").passages();

        assertThat(all).hasSize(9);
        assertThat(all.get(2).text()).isEqualTo(
                "Lorem ipsum dolor sit amet,\nconsectetur adipiscing elit. Duis libero.");
        assertThat(all).filteredOn(Passage::system).extracting(Passage::text)
                .contains("+12 345 578 created group \"Groupname\"", "You were added");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"signal/test_export.txt"})
    void signalMultiLineMessages(String file) throws Exception {
        List<Passage> all = readOk(new SignalSource(), resource("chat-miner/" + file), "text/plain").passages();

        assertThat(all.get(1).text()).isEqualTo("Hello\nJane!");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"telegram/test_single_export.json", "telegram/test_batch_export.json"})
    void telegramRichTextIsJoinedAsWritten(String file) throws Exception {
        List<Passage> all = readOk(new TelegramJsonSource(), resource("chat-miner/" + file), "application/json")
                .passages();

        assertThat(all).extracting(Passage::text).containsExactly("Minimal Message", "Link:https://telegram.org/");
    }
}

package nl.patroon.indexer.source.chat;

import static nl.patroon.indexer.source.chat.ChatFixtures.input;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry hands each chat format to its own source, through the service file. */
class ChatSourceRoutingTest {

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource({
            "whatsapp/nl_android.txt, text/plain, whatsapp",
            "whatsapp/nl_ios.txt, text/plain, whatsapp",
            "whatsapp/ar_ios.txt, text/plain, whatsapp",
            "whatsapp/ja_ios.txt, text/plain, whatsapp",
            "signal/chat.md, text/markdown, signal",
            "sms/sms_backup.xml, application/xml, sms-backup",
            "telegram/result.json, application/json, telegram"})
    void eachFormatGoesToItsSource(String file, String mediaType, String expected) throws Exception {
        Source s = SourceRegistry.discover().sourceFor(input(resource(file), mediaType)).orElseThrow();

        assertThat(s.name()).isEqualTo(expected);
    }
}

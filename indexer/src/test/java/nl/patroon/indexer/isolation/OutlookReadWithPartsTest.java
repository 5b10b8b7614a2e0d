package nl.patroon.indexer.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.json.Json;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import nl.patroon.indexer.source.mail.EmailSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A worker reads an Outlook message and splits off its attachments in one parse. That one parse must give exactly what
 * the two separate ones gave: the message's own read, and the attachments (names, bytes) Tika hands over.
 */
class OutlookReadWithPartsTest {
    private static final Path SAMPLES = Path.of("src/test/resources/corpora/apache-tika");
    private static final SourceContext CONTEXT = new SourceContext(ZoneId.of("Europe/Amsterdam"), false);

    @TempDir
    Path tmp;

    record Part(String name, String sha256) {
    }

    @ParameterizedTest
    @CsvSource({"testMSG.msg, 0", "testMSG_att_doc.msg, 2", "testMSG_att_msg.msg, 2", "testMSG_chinese.msg, 0"})
    void one_parse_gives_the_messages_own_read_and_the_attachments_two_parses_gave(String sample, int attachments)
            throws Exception {
        SourceInput input = input(SAMPLES.resolve(sample));
        SourceResult plainRead = new EmailSource().read(input, CONTEXT);
        List<Part> splitOff = new ArrayList<>();
        TikaExtraction.get().eachAttachment(input.file(), sample, TikaExtraction.OUTLOOK,
                (name, bytes) -> splitOff.add(new Part(name, Sha256.hex(bytes.readAllBytes()))));

        Path parts = Files.createDirectory(tmp.resolve("delen"));
        WorkerOutcome once = ParseWorker.readWithParts(new EmailSource(), input, CONTEXT, parts);

        assertThat(plainRead).isInstanceOf(SourceResult.Read.class);
        assertThat(once).isEqualTo(new WorkerOutcome.Answered(plainRead));
        String[] names = Json.mapper().readValue(parts.resolve(ParseRequest.PART_NAMES).toFile(), String[].class);
        List<Part> written = new ArrayList<>();
        for (int i = 1; i <= names.length; i++) {
            written.add(new Part(names[i - 1], Sha256.hex(Files.readAllBytes(parts.resolve(Integer.toString(i))))));
        }
        assertThat(written).hasSize(attachments).isEqualTo(splitOff);
    }

    @ParameterizedTest
    @ValueSource(strings = {"testMSG_att_doc.msg", "testMSG.msg"})
    void attachments_that_cannot_be_written_fail_the_split_not_the_message(String sample) throws Exception {
        SourceInput input = input(SAMPLES.resolve(sample));

        WorkerOutcome r = ParseWorker.readWithParts(new EmailSource(), input, CONTEXT, tmp.resolve("bestaat-niet"));

        assertThat(r).isInstanceOf(WorkerOutcome.PartsNotSplit.class);
    }

    private static SourceInput input(Path file) throws IOException {
        Evidence evidence = new Evidence("E-0001", "0".repeat(64), Files.size(file), file.toString(),
                file.getFileName().toString(), TikaExtraction.OUTLOOK, null, null, null, null, null);
        return new SourceInput(file, evidence, TikaExtraction.OUTLOOK, ParseWorker.head(file));
    }
}

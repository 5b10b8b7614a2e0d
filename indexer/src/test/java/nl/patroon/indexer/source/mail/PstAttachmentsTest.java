package nl.patroon.indexer.source.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attachments of an Outlook mailbox, handed over per message. The one public PST sample (Apache Tika's
 * testPST_variousBodyTypes.pst, Apache-2.0) holds no attachment, and no free tool writes a PST: the hand-over itself is
 * specified on parts built here, the walk on the real sample.
 */
class PstAttachmentsTest {

    private static Path sample() throws Exception {
        return Path.of(PstAttachmentsTest.class.getResource("/corpora/apache-tika/testPST_variousBodyTypes.pst").toURI());
    }

    /** A part with these bytes. */
    private static PstAttachments.Part part(String name, String content) {
        return new PstAttachments.Part() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** A part whose data cannot be reached at all. */
    private static PstAttachments.Part unreachable(String name) {
        return new PstAttachments.Part() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                throw new IOException("blok 0x4a2 ontbreekt");
            }
        };
    }

    /** A part whose bytes break off after a few. */
    private static PstAttachments.Part breaksOff(String name) {
        return new PstAttachments.Part() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new InputStream() {
                    int left = 3;

                    @Override
                    public int read() throws IOException {
                        if (left-- > 0) {
                            return 'x';
                        }
                        throw new IOException("onverwacht einde van het blok");
                    }
                };
            }
        };
    }

    /** A sink that keeps what it read, as the evidence store does: it reads every byte. */
    private static final class Kept implements PstAttachments.Sink {
        final Map<String, String> read = new LinkedHashMap<>();

        @Override
        public void attachment(int message, String name, InputStream bytes) throws IOException {
            read.put(message + "/" + name, new String(bytes.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void eachAttachmentReachesTheSinkWithItsMessageNumberNameAndExactBytes() throws Exception {
        Kept sink = new Kept();

        List<PstAttachments.Unreadable> lost = PstAttachments.handOver(3,
                List.of(part("aangifte.txt", "Hij stond weer voor de deur."), part("foto.jpg", "JPEG")), sink);

        assertThat(lost).isEmpty();
        assertThat(sink.read).containsExactly(Map.entry("3/aangifte.txt", "Hij stond weer voor de deur."),
                Map.entry("3/foto.jpg", "JPEG"));
    }

    @Test
    void aDamagedAttachmentFailsAloneWithItsReasonAndTheOthersAreStillHandedOver() throws Exception {
        Kept sink = new Kept();

        List<PstAttachments.Unreadable> lost = PstAttachments.handOver(2, List.of(unreachable("kapot.pdf"),
                breaksOff("half.docx"), part("brief.txt", "Als je weggaat zie je de kinderen nooit meer.")), sink);

        assertThat(sink.read).containsOnlyKeys("2/brief.txt");
        assertThat(lost).extracting(PstAttachments.Unreadable::name).containsExactly("kapot.pdf", "half.docx");
        assertThat(lost).allSatisfy(u -> assertThat(u.message()).isEqualTo(2));
        assertThat(lost.get(0).reason()).isEqualTo("bijlage niet leesbaar: blok 0x4a2 ontbreekt");
        assertThat(lost.get(1).reason()).isEqualTo("bijlage niet leesbaar: onverwacht einde van het blok");
    }

    @Test
    void aFailureOfTheSinkItselfIsNotTakenForADamagedAttachment() {
        PstAttachments.Sink full = (message, name, bytes) -> {
            throw new IOException("schijf vol");
        };

        assertThatThrownBy(() -> PstAttachments.handOver(1, List.of(part("a.txt", "a")), full))
                .isInstanceOf(PstAttachments.SinkFailed.class).hasRootCauseMessage("schijf vol");
        PstAttachments.Sink broken = (message, name, bytes) -> {
            throw new IllegalStateException("case.db vergrendeld");
        };
        assertThatThrownBy(() -> PstAttachments.handOver(1, List.of(part("a.txt", "a")), broken))
                .isInstanceOf(PstAttachments.SinkFailed.class).hasRootCauseMessage("case.db vergrendeld");
    }

    @Test
    void anAttachmentNameIsAFileNameNeverAPath() {
        assertThat(PstAttachments.safe("C:\\Users\\x\\letsel.pdf")).isEqualTo("letsel.pdf");
        assertThat(PstAttachments.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(PstAttachments.safe("..")).isEqualTo("bijlage");
        assertThat(PstAttachments.safe("foto\u0000.jpg")).isEqualTo("foto.jpg");
    }

    @Test
    void thePublicSampleHoldsNoAttachmentSoNothingIsHandedOverOrLost() throws Exception {
        List<String> seen = new ArrayList<>();

        List<PstAttachments.Unreadable> lost = PstAttachments.each(sample(),
                (message, name, bytes) -> seen.add(message + "/" + name));

        assertThat(seen).isEmpty();
        assertThat(lost).isEmpty();
    }

    @Test
    void aFileThatIsNoReadablePstGivesNothingHereItsOwnReadReportsIt(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("kapot.pst");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(sample()), 4096));

        assertThat(PstAttachments.each(cut, (message, name, bytes) -> { })).isEmpty();
    }
}

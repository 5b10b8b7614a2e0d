package nl.patroon.indexer.source.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceRegistry;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Outlook .pst read message by message (public sample from Apache Tika's tests, Apache-2.0). */
class PstSourceTest {
    private final PstSource source = new PstSource();

    private static SourceInput input(Path f, String name) throws Exception {
        byte[] all = Files.readAllBytes(f);
        Evidence e = new Evidence("E-0001", "0".repeat(64), all.length, f.toString(), name, PstSource.PST, null, null,
                null, Instant.EPOCH, "test");
        return new SourceInput(f, e, PstSource.PST, Arrays.copyOf(all, Math.min(all.length, 8192)));
    }

    private static Path sample() throws Exception {
        return Path.of(PstSourceTest.class.getResource("/corpora/apache-tika/testPST_variousBodyTypes.pst").toURI());
    }

    @Test
    void eachMessageIsItsOwnPassageWithItsDeliveryTimeSenderFolderAndBody() throws Exception {
        SourceResult r = source.read(input(sample(), "postvak.pst"), SourceContext.defaults());

        assertThat(r).isInstanceOf(SourceResult.Read.class);
        SourceResult.Read read = (SourceResult.Read) r;
        assertThat(read.kind()).isEqualTo(SourceKind.EMAIL);
        List<Passage> p = read.passages();
        assertThat(p).hasSize(4);
        assertThat(p).extracting(x -> x.locator().code()).containsExactly("m1", "m2", "m3", "m4");
        assertThat(p).extracting(Passage::author).containsOnly("Allison, Timothy B.");
        assertThat(p).allSatisfy(x -> assertThat(x.text()).startsWith("Map: Top of Outlook data file/Inbox/tmp\n"));
        // the four body kinds of the sample: HTML only, then forwarded as HTML, as RTF and as plain text
        assertThat(p.get(0).text()).contains("Onderwerp: original email").endsWith("This is the original email (html)");
        assertThat(p.get(1).text()).contains("Onderwerp: FW: original email").endsWith("Forwarded (html)");
        assertThat(p.get(2).text()).endsWith("Forwarded RTF");
        assertThat(p.get(3).text()).endsWith("Forwarded plain text");
        assertThat(p.get(0).time().precision()).isEqualTo(TimePrecision.SECOND);
        assertThat(p.get(0).time().start().toInstant().getEpochSecond())
                .isEqualTo(Instant.parse("2017-08-30T19:26:04Z").getEpochSecond());
        assertThat(p).extracting(x -> x.time().start()).isSorted();
        assertThat(read.metadata()).containsEntry("berichten", "4").containsEntry("bijlagen", "0");
    }

    @Test
    void readWithPartsGivesTheSamePassagesAndSplitsOffWhatTheSampleHolds() throws Exception {
        SourceInput in = input(sample(), "postvak.pst");
        List<String> parts = new java.util.ArrayList<>();

        assertThat(source.splitsParts(in)).isTrue();
        SourceResult r = source.readWithParts(in, SourceContext.defaults(), (name, bytes) -> parts.add(name));

        assertThat(((SourceResult.Read) r).passages()).isEqualTo(((SourceResult.Read) source.read(in,
                SourceContext.defaults())).passages());
        assertThat(parts).as("the public sample holds no attachment").isEmpty();
        assertThat(((SourceResult.Read) r).metadata()).doesNotContainKey(PstSource.UNREADABLE_PARTS);
    }

    @Test
    void unreadableAttachmentsAreListedInTheReadAndReadBackForTheIngest() {
        List<PstAttachments.Unreadable> lost = List.of(
                new PstAttachments.Unreadable(2, "kapot.pdf", "bijlage niet leesbaar: blok\tontbreekt"),
                new PstAttachments.Unreadable(7, PstAttachments.ALL, "bijlagen van bericht 7 niet leesbaar: x\ny"));
        SourceResult.Read read = new SourceResult.Read(SourceKind.EMAIL, List.of(),
                java.util.Map.of(PstSource.UNREADABLE_PARTS, PstSource.listed(lost)));

        assertThat(PstSource.unreadableParts(read)).containsExactly(
                new PstAttachments.Unreadable(2, "kapot.pdf", "bijlage niet leesbaar: blok ontbreekt"),
                new PstAttachments.Unreadable(7, "(bijlagen)", "bijlagen van bericht 7 niet leesbaar: x y"));
    }

    @Test
    void theRegistryHandsAPstToThisSourceAndNotToTheDocumentReader() throws Exception {
        assertThat(SourceRegistry.discover().sourceFor(input(sample(), "postvak.pst")))
                .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("pst"));
    }

    @Test
    void aDamagedPstFailsWithAReasonInsteadOfThrowing(@TempDir Path dir) throws Exception {
        byte[] all = Files.readAllBytes(sample());
        Path cut = dir.resolve("kapot.pst");
        Files.write(cut, Arrays.copyOf(all, 4096));

        SourceResult r = source.read(input(cut, "kapot.pst"), SourceContext.defaults());

        assertThat(r).isInstanceOfAny(SourceResult.Failed.class, SourceResult.Skipped.class);
    }
}

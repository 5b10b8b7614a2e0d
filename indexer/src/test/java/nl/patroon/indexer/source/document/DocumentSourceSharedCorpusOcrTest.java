package nl.patroon.indexer.source.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.extract.TikaExtraction;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Extra: OCR on real scans from the Apache Tika test corpus under {@code shared/corpora} (Apache-2.0). Skipped
 * when that folder or Tesseract is missing; {@link DocumentSourceOcrTest} covers the same behaviour with fixtures
 * of our own.
 */
class DocumentSourceSharedCorpusOcrTest {

    @ParameterizedTest
    @CsvSource({"ocr/testOCR.jpg, image/jpeg, OCR Testing", "pdf/testOCR.pdf, application/pdf, Happy New Year 2003"})
    void realScansAreReadWithOcr(String file, String mediaType, String expected) throws IOException {
        Optional<Path> corpus = sharedCorpus();
        assumeTrue(corpus.isPresent(), "shared/corpora/apache-tika ontbreekt");
        assumeTrue(TikaExtraction.get().ocrAvailable(), "Tesseract is niet geïnstalleerd");
        Path scan = corpus.get().resolve(file);
        Evidence evidence = new Evidence("E-0003", "0".repeat(64), Files.size(scan), scan.toString(),
                scan.getFileName().toString(), mediaType, null, null, null, Instant.now(), "test");

        SourceResult result = new DocumentSource().read(new SourceInput(scan, evidence, mediaType, null),
                SourceContext.defaults());

        assertThat(result).isInstanceOf(SourceResult.Read.class);
        assertThat(((SourceResult.Read) result).passages()).extracting(Passage::text)
                .anySatisfy(t -> assertThat(t).contains(expected));
    }

    private static Optional<Path> sharedCorpus() {
        return Stream.of(Path.of("..", "..", "shared"), Path.of("/work/shared"))
                .map(p -> p.resolve("corpora").resolve("apache-tika"))
                .filter(Files::isDirectory)
                .findFirst();
    }
}

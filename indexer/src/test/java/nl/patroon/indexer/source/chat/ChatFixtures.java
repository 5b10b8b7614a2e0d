package nl.patroon.indexer.source.chat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.indexer.source.Source;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceInput;
import nl.patroon.indexer.source.SourceResult;

/** Test fixtures for chat sources: resources under {@code chats/}, and the shared corpora when present. */
public final class ChatFixtures {
    private ChatFixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(ChatFixtures.class.getResource("/chats/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource chats/" + name, e);
        }
    }

    public static SourceInput input(Path file, String mediaType) throws IOException {
        byte[] all = Files.readAllBytes(file);
        Evidence evidence = new Evidence("E-0001", "0".repeat(64), all.length, file.toString(),
                file.getFileName().toString(), mediaType, null, null, null, Instant.EPOCH, "test");
        return new SourceInput(file, evidence, mediaType, Arrays.copyOf(all, Math.min(all.length, 8192)));
    }

    public static SourceResult read(Source source, Path file, String mediaType) throws Exception {
        return source.read(input(file, mediaType), SourceContext.defaults());
    }

    public static SourceResult.Read readOk(Source source, Path file, String mediaType) throws Exception {
        SourceResult r = read(source, file, mediaType);
        if (!(r instanceof SourceResult.Read)) {
            throw new AssertionError(file.getFileName() + " not read: " + r);
        }
        return (SourceResult.Read) r;
    }

    /** The shared corpora folder ({@code ../../shared/corpora} from the module, or {@code /work/shared/corpora}). */
    public static Optional<Path> corpora() {
        for (Path p : new Path[] {Path.of("..", "..", "shared", "corpora"), Path.of("/work/shared/corpora")}) {
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}

package nl.patroon.indexer.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the user's inputs (files and folders) into files, in a deterministic order: inputs as given,
 * folder contents sorted by path. Symbolic links are not followed: a seized folder may link anywhere.
 */
final class InputWalker {
    private InputWalker() {
    }

    static List<InputFile> walk(List<Path> inputs) {
        List<InputFile> out = new ArrayList<>();
        for (Path input : inputs) {
            String given = input.toString();
            if (Files.isSymbolicLink(input)) {
                out.add(new InputFile(input, given, 0, new InputProblem.SymbolicLink()));
            } else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                out.add(new InputFile(input, given, 0, new InputProblem.Missing()));
            } else if (Files.isDirectory(input, LinkOption.NOFOLLOW_LINKS)) {
                walkFolder(input, out);
            } else {
                out.add(file(input, given));
            }
        }
        return out;
    }

    private static void walkFolder(Path folder, List<InputFile> out) {
        try (Stream<Path> s = Files.walk(folder, EnumSet.noneOf(FileVisitOption.class).toArray(FileVisitOption[]::new))) {
            s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .sorted()
                    .forEach(p -> out.add(Files.isSymbolicLink(p)
                            ? new InputFile(p, p.toString(), 0, new InputProblem.SymbolicLink())
                            : file(p, p.toString())));
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add(new InputFile(folder, folder.toString(), 0, InputProblem.Unreadable.folder(e.getMessage())));
        }
    }

    private static InputFile file(Path p, String display) {
        if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
            return new InputFile(p, display, 0, new InputProblem.NotARegularFile());
        }
        try {
            return new InputFile(p, display, Files.size(p), null);
        } catch (IOException e) {
            return new InputFile(p, display, 0, InputProblem.Unreadable.file(e.getMessage()));
        }
    }
}

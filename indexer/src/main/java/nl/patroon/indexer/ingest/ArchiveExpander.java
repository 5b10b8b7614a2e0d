package nl.patroon.indexer.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Streams the members of a zip archive into the ingest, without ever writing them under their own names
 * (so {@code ../../x} or absolute member names cannot escape anywhere): each member's bytes go straight into
 * the evidence store. Enforces {@link ArchiveLimits}.
 */
final class ArchiveExpander {
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed");

    /** Receives members; {@code display} is {@code archive!/member}. */
    interface MemberSink {
        void member(String display, String name, InputStream in) throws IOException;

        void unreadable(String display, String reason);
    }

    /** How expansion went: members handed on, and why it stopped early (null when it did not). */
    record Result(int members, String failure) {
    }

    private final ArchiveLimits limits;

    ArchiveExpander(ArchiveLimits limits) {
        this.limits = limits;
    }

    static boolean isArchive(String mediaType) {
        return ZIP_TYPES.contains(mediaType);
    }

    Result expand(Path archive, String display, int depth, MemberSink sink) {
        if (depth >= limits.maxDepth()) {
            return new Result(0, "archief te diep genest (meer dan " + limits.maxDepth() + " niveaus)");
        }
        long budget;
        try {
            budget = limits.budgetFor(Files.size(archive));
        } catch (IOException e) {
            return new Result(0, "archief onleesbaar: " + e.getMessage());
        }
        Budget remaining = new Budget(budget);
        int members = 0;
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntriesInPhysicalOrder());
            for (ZipArchiveEntry entry : entries) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++members > limits.maxMembers()) {
                    return new Result(members - 1, "archief heeft meer dan " + limits.maxMembers() + " bestanden");
                }
                String memberDisplay = display + "!/" + entry.getName();
                String name = baseName(entry.getName());
                if (entry.getGeneralPurposeBit().usesEncryption()) {
                    sink.unreadable(memberDisplay, "versleuteld, wachtwoord nodig");
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    sink.unreadable(memberDisplay, "niet-ondersteunde compressiemethode " + entry.getMethod());
                    continue;
                }
                try (InputStream in = new Limited(zip.getInputStream(entry), remaining)) {
                    sink.member(memberDisplay, name, in);
                } catch (BudgetExceeded e) {
                    return new Result(members, "uitpakken gestopt: archief pakt uit tot meer dan "
                            + budget / (1 << 20) + " MiB (vermoedelijk een zipbom)");
                }
            }
            return new Result(members, null);
        } catch (IOException | RuntimeException e) {
            return new Result(members, "archief beschadigd of onleesbaar: "
                    + nl.patroon.indexer.extract.TikaExtraction.rootMessage(e));
        }
    }

    private static String baseName(String entryName) {
        String n = entryName.replace('\\', '/');
        int slash = n.lastIndexOf('/');
        return slash < 0 ? n : n.substring(slash + 1);
    }

    private static final class Budget {
        long left;

        Budget(long left) {
            this.left = left;
        }
    }

    static final class BudgetExceeded extends IOException {
        BudgetExceeded() {
            super("expansion budget exceeded");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final Budget budget;

        Limited(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                take(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                take(n);
            }
            return n;
        }

        private void take(long n) throws BudgetExceeded {
            budget.left -= n;
            if (budget.left < 0) {
                throw new BudgetExceeded();
            }
        }
    }
}

package nl.patroon.indexer.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Streams the members of an archive (zip, tar, 7z) or a compressed file (gzip, bzip2, xz: one member, the
 * name without the suffix; a {@code .tar.gz} is thus a gzip holding a tar, expanded one level deeper) into the
 * ingest, without ever writing them under their own names
 * (so {@code ../../x} or absolute member names cannot escape anywhere): each member's bytes go straight into
 * the evidence store. Enforces {@link ArchiveLimits}.
 */
final class ArchiveExpander {
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed");
    private static final Set<String> TAR_TYPES = Set.of("application/x-tar", "application/x-gtar");
    private static final Set<String> SEVEN_Z_TYPES = Set.of("application/x-7z-compressed");
    private static final Set<String> GZIP_TYPES = Set.of("application/gzip", "application/x-gzip");
    private static final Set<String> BZIP2_TYPES = Set.of("application/x-bzip2");
    private static final Set<String> XZ_TYPES = Set.of("application/x-xz");

    /** Receives members; {@code display} is {@code archive!/member}. */
    interface MemberSink {
        void member(String display, String name, InputStream in) throws IOException;

        void unreadable(String display, String reason) throws IOException;
    }

    /** How expansion went: members handed on, and why it stopped early (null when it did not). */
    record Result(int members, String failure) {
    }

    private final ArchiveLimits limits;

    ArchiveExpander(ArchiveLimits limits) {
        this.limits = limits;
    }

    static boolean isArchive(String mediaType) {
        return ZIP_TYPES.contains(mediaType) || TAR_TYPES.contains(mediaType) || SEVEN_Z_TYPES.contains(mediaType)
                || isCompressed(mediaType);
    }

    private static boolean isCompressed(String mediaType) {
        return GZIP_TYPES.contains(mediaType) || BZIP2_TYPES.contains(mediaType) || XZ_TYPES.contains(mediaType);
    }

    /**
     * Expands one archive.
     *
     * @param name the archive's own file name (a compressed file's member is named after it)
     */
    Result expand(Path archive, String mediaType, String name, String display, int depth, MemberSink sink)
            throws IOException {
        if (ZIP_TYPES.contains(mediaType)) {
            return expandZip(archive, display, depth, sink);
        }
        if (depth >= limits.maxDepth()) {
            return new Result(0, "archief te diep genest (meer dan " + limits.maxDepth() + " niveaus)");
        }
        long budget = limits.budgetFor(Files.size(archive));
        Budget remaining = new Budget(budget);
        Counter members = new Counter();
        try {
            if (isCompressed(mediaType)) {
                String member = decompressedName(name);
                members.n = 1;
                try (InputStream in = new Limited(decompress(mediaType, Files.newInputStream(archive)), remaining)) {
                    sink.member(display + "!/" + member, member, in);
                }
            } else if (TAR_TYPES.contains(mediaType)) {
                try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(archive))) {
                    for (ArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                        if (e.isDirectory() || !tar.getCurrentEntry().isFile()) {
                            continue;
                        }
                        if (++members.n > limits.maxMembers()) {
                            return new Result(members.n - 1, "archief heeft meer dan " + limits.maxMembers()
                                    + " bestanden");
                        }
                        sink.member(display + "!/" + e.getName(), baseName(e.getName()), new Limited(
                                new Unclosable(tar), remaining));
                    }
                }
            } else {
                try (SevenZFile sz = SevenZFile.builder().setPath(archive).get()) {
                    for (SevenZArchiveEntry e; (e = sz.getNextEntry()) != null; ) {
                        if (e.isDirectory() || e.isAntiItem()) {
                            continue;
                        }
                        if (++members.n > limits.maxMembers()) {
                            return new Result(members.n - 1, "archief heeft meer dan " + limits.maxMembers()
                                    + " bestanden");
                        }
                        InputStream in = e.hasStream() ? sz.getInputStream(e) : InputStream.nullInputStream();
                        sink.member(display + "!/" + e.getName(), baseName(e.getName()), new Limited(
                                new Unclosable(in), remaining));
                    }
                }
            }
            return new Result(members.n, null);
        } catch (BudgetExceeded e) {
            return new Result(members.n, "uitpakken gestopt: archief pakt uit tot meer dan "
                    + budget / (1 << 20) + " MiB (vermoedelijk een zipbom)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof java.io.UncheckedIOException || e instanceof IOException && isStoreFailure(e)) {
                throw e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
            }
            String m = nl.patroon.indexer.extract.TikaExtraction.rootMessage(e);
            String lower = m.toLowerCase(Locale.ROOT);
            return new Result(members.n, lower.contains("password") || lower.contains("encrypt")
                    ? "versleuteld, wachtwoord nodig" : "archief beschadigd of onleesbaar: " + m);
        }
    }

    /** Failures of the evidence store (disk full) are the batch's problem, not this archive's. */
    private static boolean isStoreFailure(Throwable e) {
        return e instanceof java.nio.file.FileSystemException;
    }

    static String decompressedName(String name) {
        String n = name == null ? "" : name;
        String lower = n.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".tgz")) {
            return n.substring(0, n.length() - 4) + ".tar";
        }
        for (String suffix : List.of(".gz", ".bz2", ".xz")) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n + ".uitgepakt";
    }

    private static InputStream decompress(String mediaType, InputStream raw) throws IOException {
        if (GZIP_TYPES.contains(mediaType)) {
            return GzipCompressorInputStream.builder().setInputStream(raw).setDecompressConcatenated(true).get();
        }
        if (BZIP2_TYPES.contains(mediaType)) {
            return new BZip2CompressorInputStream(raw, true);
        }
        return new XZCompressorInputStream(raw, true);
    }

    private static final class Counter {
        int n;
    }

    /** Lets a member's reader close its stream without closing the archive it comes from. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive stream stays open for the next member
        }
    }

    private Result expandZip(Path archive, String display, int depth, MemberSink sink) throws IOException {
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

package nl.patroon.core.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.patroon.core.audit.AuditLog;
import nl.patroon.core.json.Json;
import nl.patroon.core.port.CaseStore;
import nl.patroon.core.port.CaseStoreProvider;
import nl.patroon.core.port.EvidenceRepository;
import nl.patroon.core.port.IncidentRepository;
import nl.patroon.core.port.IngestJournal;
import nl.patroon.core.port.OrderRepository;
import nl.patroon.core.port.ReviewRepository;
import nl.patroon.core.port.SuggestionRepository;
import nl.patroon.core.problem.Problem;

/**
 * A case on disk: one folder with {@code case.json}, {@code case.db}, {@code evidence/} (originals named by
 * SHA-256, read-only), {@code index/} (Lucene), {@code audit.log} and {@code exports/}. Folders are created
 * owner-only, because they hold the most private material there is.
 */
public final class CaseWorkspace implements AutoCloseable {
    public static final String CASE_JSON = "case.json";
    private static final String AUDIT_HEAD = "auditHead";

    private final Path root;
    private final CaseStore store;
    private final AuditLog audit;
    private CaseFile caseFile;
    /** Audit lines appended since the head was last anchored in case.db. */
    private boolean unanchored;

    private CaseWorkspace(Path root, CaseFile caseFile, Clock clock, String user, CaseStoreProvider stores) {
        this.root = root;
        this.caseFile = caseFile;
        try {
            // Created owner-only before SQLite and the log open them; SQLite gives its -wal/-shm files the
            // database file's permissions.
            createPrivateFile(root.resolve("case.db"));
            createPrivateFile(root.resolve("audit.log"));
        } catch (IOException e) {
            throw new CaseStorageException(Problem.of("case.not-writable", root), e);
        }
        this.store = stores.open(root.resolve("case.db"));
        this.audit = AuditLog.open(root.resolve("audit.log"), clock, user);
    }

    /** Creates a new, empty case with the store on the class path. Fails if the folder already holds a case. */
    public static CaseWorkspace create(Path root, Parketnummer parketnummer, String title, Clock clock,
                                       String user) {
        return create(root, parketnummer, title, clock, user, CaseStoreProvider.onClassPath());
    }

    /** Creates a new, empty case. Fails if the folder already holds a case. */
    public static CaseWorkspace create(Path root, Parketnummer parketnummer, String title, Clock clock,
                                       String user, CaseStoreProvider stores) {
        try {
            if (Files.exists(root.resolve(CASE_JSON))) {
                throw new CaseStorageException(Problem.of("case.exists", root), null);
            }
            createPrivateDirectory(root);
            for (String dir : List.of("evidence", "index", "exports")) {
                createPrivateDirectory(root.resolve(dir));
            }
            CaseFile file = CaseFile.create(parketnummer, title, clock.instant());
            writeJsonAtomically(root.resolve(CASE_JSON), file);
            CaseWorkspace ws = new CaseWorkspace(root, file, clock, user, stores);
            ws.appendAudit("case.init", Map.of("parketnummer", parketnummer.value(),
                    "title", title == null ? "" : title));
            ws.flushAudit();
            return ws;
        } catch (IOException e) {
            throw new CaseStorageException(Problem.of("case.cannot-create", root), e);
        }
    }

    /** Opens an existing case with the store on the class path. */
    public static CaseWorkspace open(Path root, Clock clock, String user) {
        return open(root, clock, user, CaseStoreProvider.onClassPath());
    }

    /** Opens an existing case. */
    public static CaseWorkspace open(Path root, Clock clock, String user, CaseStoreProvider stores) {
        Path json = root.resolve(CASE_JSON);
        if (!Files.isRegularFile(json)) {
            throw new CaseStorageException(Problem.of("case.not-found", root), null);
        }
        try {
            CaseFile file = Json.mapper().readValue(json.toFile(), CaseFile.class);
            if (file.schemaVersion() > CaseFile.SCHEMA_VERSION) {
                throw new CaseStorageException(Problem.of("case.newer-schema",
                        String.valueOf(file.schemaVersion()), String.valueOf(CaseFile.SCHEMA_VERSION)), null);
            }
            return new CaseWorkspace(root, file, clock, user, stores);
        } catch (IOException e) {
            throw new CaseStorageException(Problem.of("case.unreadable", json, e.getMessage()), e);
        }
    }

    public Path root() {
        return root;
    }

    public Path evidenceDir() {
        return root.resolve("evidence");
    }

    public Path indexDir() {
        return root.resolve("index");
    }

    public Path exportsDir() {
        return root.resolve("exports");
    }

    public Path auditFile() {
        return audit.file();
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    /** Evidence and custody records. */
    public EvidenceRepository evidence() {
        return store.evidence();
    }

    /** The ingest journal and its open runs. */
    public IngestJournal journal() {
        return store.journal();
    }

    public SuggestionRepository suggestions() {
        return store.suggestions();
    }

    /** Review actions and the suggestions' decisions. */
    public ReviewRepository reviews() {
        return store.reviews();
    }

    /** Incidents and merge-proposal decisions. */
    public IncidentRepository incidents() {
        return store.incidents();
    }

    /** The protective orders and family procedures, from case.json. */
    public OrderRepository orders() {
        return () -> caseFile.orders();
    }

    /** Runs the work on the case's repositories in one transaction: all of it lands, or none. */
    public void inTransaction(Runnable work) {
        store.inTransaction(work);
    }

    /** Saves a changed case.json atomically (write to a temp file, then rename). */
    public synchronized void update(CaseFile changed, String auditAction, Map<String, ?> details) {
        try {
            writeJsonAtomically(root.resolve(CASE_JSON), changed);
        } catch (IOException e) {
            throw new CaseStorageException(Problem.of("case.cannot-write"), e);
        }
        this.caseFile = changed;
        appendAudit(auditAction, details);
        flushAudit();
    }

    /** The one way to write to the audit log; the head hash is anchored in case.db. */
    public synchronized void appendAudit(String action, Map<String, ?> details) {
        audit.append(action, details);
        unanchored = true;
    }

    /**
     * Forces the audit log to disk and anchors its head hash in case.db, when lines were appended since the last
     * anchoring. A case opened only to read (a search) neither reads the log nor re-anchors it: re-anchoring there
     * would also hide a last line removed meanwhile, which verify is meant to catch.
     */
    public synchronized void flushAudit() {
        if (!unanchored) {
            return;
        }
        audit.sync();
        store.meta().putMeta(AUDIT_HEAD, audit.head());
        unanchored = false;
    }

    /** The recorded hash of the audit log's last line, for verification. */
    public String anchoredAuditHead() {
        return store.meta().meta(AUDIT_HEAD).orElse(null);
    }

    @Override
    public void close() {
        flushAudit();
        audit.close();
        store.close();
    }

    // ---- file helpers -------------------------------------------------------------------------------

    private static final Set<PosixFilePermission> DIR_PERMS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMS = PosixFilePermissions.fromString("rw-------");

    static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    public static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (posix(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIR_PERMS));
            Files.setPosixFilePermissions(dir, DIR_PERMS); // umask may have narrowed nothing, but be explicit
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates an empty owner-only file (0600) for writing. */
    public static Path createPrivateFile(Path file) throws IOException {
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_PERMS));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // reuse: callers truncate
        }
        return file;
    }

    /** Writes JSON through a temp file and an atomic rename, so a crash never leaves half a file. */
    public static void writeJsonAtomically(Path target, Object value) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        createPrivateFile(tmp);
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), value);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.patroon.core.audit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Security;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 as lowercase hex, the form used everywhere in Patroon (evidence names, audit chain, manifests).
 *
 * <p>Originals are hashed with {@link #bulkDigest()}: where the system has Mozilla NSS (Debian's {@code libnss3},
 * present wherever Chromium or Firefox is), through the JDK's own PKCS#11 provider, which uses the processor's
 * SHA instructions; that is an order of magnitude faster than the JDK's Java implementation in a process that runs
 * on the quick C1 compiler only. It is used only after it gives the FIPS 180-2 test vectors, and the JDK's own
 * implementation is used otherwise, or always with {@code -Dpatroon.sha256.provider=SUN}. Both compute the same
 * function; {@link #bulkProvider()} says which one a run used.
 */
public final class Sha256 {
    /** Where Linux distributions put NSS's software token. */
    private static final List<String> NSS_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
            "/usr/lib64", "/usr/lib", "/usr/local/lib");

    private Sha256() {
    }

    /** The JDK's SHA-256: for short inputs (audit lines, keys), where calling out to a native library costs more. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** SHA-256 for whole files: the fastest provider that passes the test vectors (see the class comment). */
    public static MessageDigest bulkDigest() {
        try {
            return MessageDigest.getInstance("SHA-256", bulkProvider());
        } catch (NoSuchAlgorithmException e) {
            return digest();
        }
    }

    /** The provider {@link #bulkDigest()} uses, e.g. {@code SUN} or {@code SunPKCS11-NSS}; chosen once, on first use. */
    public static Provider bulkProvider() {
        return Bulk.PROVIDER;
    }

    /** Holder: the class (and with it the NSS library) is loaded only when originals are first hashed. */
    private static final class Bulk {
        static final Provider PROVIDER = chooseBulkProvider();
    }

    private static Provider chooseBulkProvider() {
        Provider jdk = digest().getProvider();
        if ("SUN".equalsIgnoreCase(System.getProperty("patroon.sha256.provider", ""))) {
            return jdk;
        }
        Provider template = Security.getProvider("SunPKCS11");
        if (template == null) {
            return jdk;
        }
        for (String dir : NSS_DIRS) {
            if (!Files.isRegularFile(Path.of(dir, "libsoftokn3.so"))) {
                continue;
            }
            try {
                Provider nss = template.configure("--name=NSS\nnssLibraryDirectory=" + dir
                        + "\nnssDbMode=noDb\nattributes=compatibility\n");
                return passesTestVectors(nss) ? nss : jdk;
            } catch (RuntimeException | LinkageError e) {
                return jdk; // an NSS that does not load is simply not used
            }
        }
        return jdk;
    }

    /** FIPS 180-2, appendix B: "abc", the two-block message, and one that crosses a buffer boundary. */
    static boolean passesTestVectors(Provider p) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256", p);
            byte[] million = new byte[1_000_000];
            java.util.Arrays.fill(million, (byte) 'a');
            return hex(d, "abc".getBytes(StandardCharsets.US_ASCII))
                    .equals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                    && hex(d, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".getBytes(StandardCharsets.US_ASCII))
                    .equals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
                    && hex(d, million).equals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        } catch (NoSuchAlgorithmException | RuntimeException e) {
            return false;
        }
    }

    private static String hex(MessageDigest d, byte[] bytes) {
        d.reset();
        return HexFormat.of().formatHex(d.digest(bytes));
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String hex(String text) {
        return hex(text.getBytes(StandardCharsets.UTF_8));
    }
}

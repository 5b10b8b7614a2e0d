package nl.patroon.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whichever provider hashes originals, it computes the very SHA-256 the JDK computes. */
class Sha256Test {

    @Test
    void the_bulk_digest_equals_the_jdk_digest_whatever_the_size_and_the_pieces() {
        Random random = new Random(20261201);
        for (int size : new int[] {0, 1, 55, 56, 63, 64, 65, 1000, 65_536, 65_537, 1_000_003}) {
            byte[] data = new byte[size];
            random.nextBytes(data);
            MessageDigest bulk = Sha256.bulkDigest();
            for (int from = 0; from < size; ) {
                int n = Math.min(size - from, 1 + random.nextInt(70_000));
                bulk.update(data, from, n);
                from += n;
            }
            assertThat(HexFormat.of().formatHex(bulk.digest())).as("size " + size).isEqualTo(Sha256.hex(data));
        }
    }

    @Test
    void the_provider_in_use_passes_the_fips_test_vectors() {
        assertThat(Sha256.passesTestVectors(Sha256.bulkProvider())).isTrue();
        assertThat(Sha256.passesTestVectors(Sha256.digest().getProvider())).isTrue();
    }

    @Test
    void where_nss_is_installed_originals_are_hashed_natively() {
        assumeTrue(Files.isRegularFile(Path.of("/usr/lib/x86_64-linux-gnu/libsoftokn3.so")),
                "NSS (libnss3) not installed");
        assumeTrue(System.getProperty("patroon.sha256.provider") == null);
        assertThat(Sha256.bulkProvider().getName()).contains("NSS");
    }
}

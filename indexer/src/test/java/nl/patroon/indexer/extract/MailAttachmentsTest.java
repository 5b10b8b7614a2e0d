package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ContentHandler;

/**
 * An e-mail's attachments are the parts Tika's own e-mail parser would hand over with a name, with the same bytes, in
 * the same order, and are streamed: an attachment far larger than the heap passes through.
 */
class MailAttachmentsTest {
    private static final String HEAD = "From: Mark <mark@example.nl>\r\nTo: Sanne <sanne@example.nl>\r\n"
            + "Subject: bijlagen\r\nDate: Sat, 8 Jun 2024 23:40:00 +0200\r\nMIME-Version: 1.0\r\n";

    /** One MIME part: its headers (CRLF-terminated lines) and its body, base64-encoded when asked. */
    private static String part(String headers, String body, boolean base64) {
        return base64
                ? headers + "Content-Transfer-Encoding: base64\r\n\r\n"
                        + Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8)) + "\r\n"
                : headers + "\r\n" + body + "\r\n";
    }

    private static String text(String body) {
        return part("Content-Type: text/plain; charset=UTF-8\r\n", body, false);
    }

    private static String html(String body) {
        return part("Content-Type: text/html; charset=UTF-8\r\n", "<p>" + body + "</p>", false);
    }

    private static String attached(String type, String name, String body) {
        return part("Content-Type: " + type + "\r\nContent-Disposition: attachment; filename=\"" + name + "\"\r\n",
                body, true);
    }

    private static String multipart(String subtype, String boundary, String... parts) {
        StringBuilder b = new StringBuilder("Content-Type: multipart/" + subtype + "; boundary=\"" + boundary
                + "\"\r\n\r\n");
        for (String p : parts) {
            b.append("--").append(boundary).append("\r\n").append(p);
        }
        return b.append("--").append(boundary).append("--\r\n").toString();
    }

    static Stream<Object[]> structures() {
        return Stream.of(
                new Object[]{"text and one attachment", multipart("mixed", "b1", text("Zie bijlage."),
                        attached("application/pdf", "aangifte.pdf", "%PDF-1.4 ik weet waar je woont")),
                        List.of("aangifte.pdf")},
                new Object[]{"a name in Content-Type only: Tika names only parts with a disposition",
                        multipart("mixed", "b1", text("Zie bijlage."),
                                part("Content-Type: application/pdf; name=\"los.pdf\"\r\n", "%PDF-1.4 x", true)),
                        List.of()},
                new Object[]{"a name in Content-Type with an inline disposition", multipart("mixed", "b1",
                        text("Zie foto."), part("Content-Type: image/jpeg; name=\"foto.jpg\"\r\n"
                                + "Content-Disposition: inline\r\n", "JFIF foto", true)),
                        List.of("foto.jpg")},
                new Object[]{"a top-level text part marked as attachment", multipart("mixed", "b1",
                        text("Hoi."), attached("text/plain", "verslag.txt", "ik weet waar je woont")),
                        List.of("verslag.txt")},
                new Object[]{"a top-level text part named but inline is the body", multipart("mixed", "b1",
                        text("Hoi."), part("Content-Type: text/plain\r\nContent-Disposition: inline; "
                                + "filename=\"tekst.txt\"\r\n", "nog meer tekst", false)),
                        List.of()},
                new Object[]{"an alternative keeps HTML, an attachment after it counts", multipart("mixed", "b1",
                        multipart("alternative", "b2", text("platte tekst"), html("html tekst")),
                        attached("application/pdf", "na.pdf", "%PDF-1.4 na")),
                        List.of("na.pdf")},
                new Object[]{"an alternative whose best part is related HTML with an image",
                        multipart("alternative", "b1", text("platte tekst"), multipart("related", "b2",
                                html("met logo"), part("Content-Type: image/png\r\nContent-Disposition: inline; "
                                        + "filename=\"logo.png\"\r\n", "PNG logo", true))),
                        List.of("logo.png")},
                new Object[]{"an alternative whose best part is RTF", multipart("alternative", "b1",
                        text("platte tekst"), attached("application/rtf", "brief.rtf", "{\\rtf1 brief}")),
                        List.of("brief.rtf")},
                new Object[]{"an alternative keeps only its first part of the highest score",
                        multipart("alternative", "b1", text("platte tekst"),
                                attached("application/pdf", "eerste.pdf", "%PDF-1.4 een"),
                                attached("image/jpeg", "tweede.jpg", "JFIF twee")),
                        List.of("eerste.pdf")},
                new Object[]{"deeper down, text parts are attachments too", multipart("mixed", "b1",
                        text("Hoi."), multipart("mixed", "b2", part("Content-Type: text/plain\r\n"
                                + "Content-Disposition: inline; filename=\"diep.txt\"\r\n", "diepe tekst", false),
                                attached("application/pdf", "diep.pdf", "%PDF-1.4 diep"))),
                        List.of("diep.txt", "diep.pdf")},
                new Object[]{"an attached e-mail is one part, not opened", multipart("mixed", "b1", text("Fw."),
                        part("Content-Type: message/rfc822\r\nContent-Disposition: attachment; "
                                + "filename=\"door.eml\"\r\n", HEAD + "Content-Type: text/plain\r\n\r\nbinnenin", false)),
                        List.of("door.eml")},
                new Object[]{"names in RFC 2231 and encoded-word form", multipart("mixed", "b1", text("Hoi."),
                        part("Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                                + "filename*=UTF-8''r%C3%A9sum%C3%A9.pdf\r\n", "%PDF-1.4 r", true),
                        part("Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                                + "filename=\"=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                                "één.pdf".getBytes(StandardCharsets.UTF_8)) + "?=\"\r\n", "%PDF-1.4 e", true)),
                        null},
                new Object[]{"the same name twice, both kept", multipart("mixed", "b1", text("Hoi."),
                        attached("application/pdf", "scan.pdf", "%PDF-1.4 a"),
                        attached("application/pdf", "scan.pdf", "%PDF-1.4 b")),
                        List.of("scan.pdf", "scan.pdf")},
                new Object[]{"a message that is only an attachment",
                        part("Content-Type: application/pdf\r\nContent-Disposition: attachment; "
                                + "filename=\"alleen.pdf\"\r\n", "%PDF-1.4 alleen", true),
                        List.of("alleen.pdf")});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structures")
    void the_same_attachments_as_Tikas_email_parser(String what, String body, List<String> expectedNames,
                                                   @TempDir Path tmp) throws Exception {
        Path mail = Files.writeString(tmp.resolve("mail.eml"), HEAD + body, StandardCharsets.UTF_8);
        List<String> ours = ours(mail);
        assertThat(ours).isEqualTo(tikas(mail));
        if (expectedNames != null) { // written out where the rule is the point, so the oracle cannot drift unseen
            assertThat(ours).map(s -> s.substring(0, s.lastIndexOf('='))).containsExactlyElementsOf(expectedNames);
        }
    }

    @Test
    void the_bundled_sample_emails_give_what_Tika_gives() throws Exception {
        Path samples = Path.of("..", "samples", "zaak-demo").toAbsolutePath().normalize();
        List<Path> mails;
        try (Stream<Path> s = Files.list(samples)) {
            mails = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(mails).isNotEmpty();
        for (Path m : mails) {
            assertThat(ours(m)).as(m.getFileName().toString()).isEqualTo(tikas(m));
        }
    }

    /** Extra: the public sample corpora's e-mails (most of them malformed), where they are present (CI has them). */
    @Test
    void the_public_corpora_emails_give_what_Tika_gives() throws Exception {
        Path corpora = Path.of("..", "..", "shared", "corpora").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpora), "../shared/corpora ontbreekt");
        List<Path> mails;
        try (Stream<Path> s = Files.walk(corpora)) {
            mails = s.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
        int withAttachments = 0;
        for (Path m : mails) {
            List<String> tika = tikas(m);
            assertThat(ours(m)).as(m.toString()).isEqualTo(tika);
            withAttachments += tika.isEmpty() ? 0 : 1;
        }
        assertThat(withAttachments).isPositive();
    }

    @Test
    void a_failing_sink_is_the_sinks_failure_not_an_unreadable_email(@TempDir Path tmp) throws Exception {
        Path mail = Files.writeString(tmp.resolve("mail.eml"), HEAD + multipart("mixed", "b1", text("Hoi."),
                attached("application/pdf", "a.pdf", "%PDF-1.4 a")), StandardCharsets.UTF_8);
        IOException diskFull = new IOException("schijf vol");
        assertThatThrownBy(() -> TikaExtraction.get().eachAttachment(mail, "mail.eml", "message/rfc822",
                (name, in) -> {
                    throw diskFull;
                })).isSameAs(diskFull);
    }

    @Test
    void an_email_past_mime4js_limits_is_unreadable_and_hands_over_nothing(@TempDir Path tmp) throws Exception {
        String longHeader = "X-Lang: " + "a".repeat(200_000) + "\r\n";
        Path mail = Files.writeString(tmp.resolve("mail.eml"), HEAD + longHeader + multipart("mixed", "b1",
                text("Hoi."), attached("application/pdf", "a.pdf", "%PDF-1.4 a")), StandardCharsets.UTF_8);
        List<String> got = new ArrayList<>();
        assertThatThrownBy(() -> TikaExtraction.get().eachAttachment(mail, "mail.eml", "message/rfc822",
                (name, in) -> got.add(name))).isInstanceOf(ExtractionException.class);
        assertThat(got).isEmpty();
    }

    /**
     * Tika's parser copies each top-level part into memory; a 200 MB attachment under a 64 MB heap shows that this walk
     * does not (it ran the ingest process out of memory on every re-run before).
     */
    @Test
    void an_attachment_far_larger_than_the_heap_is_streamed(@TempDir Path tmp) throws Exception {
        Path mail = tmp.resolve("groot.eml");
        long bytes = 200L << 20;
        String expected = BigMail.write(mail, bytes);
        assertThat(inSmallHeap(BigMail.class, mail)).contains("film.bin " + bytes + " " + expected);
    }

    /** Runs {@code main} on {@code file} in a JVM of its own with a 64 MB heap; asserts it succeeds, returns its output. */
    static String inSmallHeap(Class<?> main, Path file) throws Exception {
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), main.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    static List<String> ours(Path mail) throws Exception {
        List<String> out = new ArrayList<>();
        TikaExtraction.get().eachAttachment(mail, mail.getFileName().toString(), "message/rfc822",
                (name, in) -> out.add(name + "=" + sha256(in)));
        return out;
    }

    /** The oracle: Tika's AutoDetectParser over the e-mail, collecting every embedded part that has a name. */
    static List<String> tikas(Path mail) throws Exception {
        AutoDetectParser parser = new AutoDetectParser();
        List<String> out = new ArrayList<>();
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return true;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean html)
                    throws IOException {
                String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
                if (name != null && !name.isBlank()) {
                    out.add(name + "=" + sha256(stream));
                }
            }
        });
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.CONTENT_TYPE_USER_OVERRIDE, "message/rfc822");
        try (InputStream in = TikaInputStream.get(mail)) {
            parser.parse(in, new org.xml.sax.helpers.DefaultHandler(), metadata, context);
        }
        return out;
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest d = nl.patroon.core.audit.Sha256.digest();
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) > 0; ) {
            d.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    /** Writes, and in a small heap reads, an e-mail with one large attachment of pseudo-random bytes. */
    static final class BigMail {
        /** Writes the e-mail; returns the attachment's SHA-256. */
        static String write(Path mail, long bytes) throws Exception {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            java.util.Random random = new java.util.Random(7);
            try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(mail), 1 << 16)) {
                out.write((HEAD + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                        + "Content-Type: text/plain; charset=UTF-8\r\n\r\nIk weet waar je woont.\r\n--b1\r\n"
                        + "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; "
                        + "filename=\"film.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] chunk = new byte[57 * 1024]; // whole base64 lines of 76 characters
                Base64.Encoder lines = Base64.getMimeEncoder();
                for (long left = bytes; left > 0; left -= chunk.length) {
                    int n = (int) Math.min(chunk.length, left);
                    random.nextBytes(chunk);
                    d.update(chunk, 0, n);
                    out.write(lines.encode(n == chunk.length ? chunk : java.util.Arrays.copyOf(chunk, n)));
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("--b1--\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(d.digest());
        }

        public static void main(String[] args) throws Exception {
            Path mail = Path.of(args[0]);
            TikaExtraction.get().eachAttachment(mail, mail.getFileName().toString(), "message/rfc822", (name, in) -> {
                var counted = new java.io.FilterInputStream(in) {
                    long n;

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int r = super.read(b, off, len);
                        n += Math.max(r, 0);
                        return r;
                    }
                };
                String sha = sha256(counted);
                System.out.println(name + " " + counted.n + " " + sha);
            });
        }
    }
}

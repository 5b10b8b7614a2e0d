package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large e-mail's text is read without its attachments' bodies, and that changes nothing Tika reads of it: the same
 * text and headers for every e-mail, read whole and through the view; and an e-mail with an attachment far larger
 * than the heap still gives its text.
 */
class MailTextViewTest {
    @AfterEach
    void restoreThreshold() {
        TikaExtraction.mailViewThreshold = MailTextView.THRESHOLD;
    }

    @Test
    void crafted_structures_read_the_same_through_the_view(@TempDir Path tmp) throws Exception {
        List<Path> mails = new ArrayList<>();
        int i = 0;
        for (Object[] s : MailAttachmentsTest.structures().toList()) {
            mails.add(Files.writeString(tmp.resolve("m" + i++ + ".eml"),
                    "From: Mark <mark@example.nl>\r\nSubject: s\r\nMIME-Version: 1.0\r\n" + s[1],
                    StandardCharsets.UTF_8));
        }
        // and line ends of one byte, and a preamble, around an attachment
        mails.add(Files.writeString(tmp.resolve("lf.eml"), ("From: a@b.nl\nSubject: lf\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"x\"\n\nvoorwoord\n--x\nContent-Type: text/plain\n\n"
                + "Ik weet waar je woont.\n--x\nContent-Type: application/pdf\nContent-Disposition: attachment;"
                + " filename=\"a.pdf\"\n\n%PDF-1.4 binnen\n--x--\nnawoord\n"), StandardCharsets.UTF_8));
        assertSameThroughView(mails, 1);
    }

    @Test
    void sample_and_public_corpora_emails_read_the_same_through_the_view() throws Exception {
        List<Path> mails = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("..", "samples", "zaak-demo"))) {
            s.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(mails::add);
        }
        Path corpora = Path.of("..", "..", "shared", "corpora"); // extra: present in CI
        if (Files.isDirectory(corpora)) {
            try (Stream<Path> s = Files.walk(corpora)) {
                s.filter(p -> p.toString().endsWith(".eml")).sorted().forEach(mails::add);
            }
        }
        assertSameThroughView(mails, 5);
    }

    @Test
    void the_scan_finds_an_attachments_body_wherever_the_read_buffer_cuts_the_lines(@TempDir Path tmp)
            throws Exception {
        String attachment = "%PDF-1.4 binnen\rmet een losse CR";
        String head = "From: a@b.nl\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n";
        String parts = "\r\n--x\r\nContent-Type: text/plain\r\n\r\nIk weet waar je woont.\r\n"
                + "--x\r\nContent-Type: application/pdf\r\n\r\n" + attachment + "\r\n--x--\r\n";
        // every byte of the parts, delimiters included, falls once on the last byte of the scanner's 64 KB buffer
        for (int filler = 65_536 - head.length() - parts.length(); filler <= 65_536 - head.length(); filler++) {
            String mail = head + "v".repeat(filler) + parts;
            Path file = Files.writeString(tmp.resolve("m" + filler + ".eml"), mail, StandardCharsets.ISO_8859_1);
            long start = mail.indexOf(attachment);
            assertThat(MailTextView.bodyRanges(file, "x", 2, java.util.Set.of(1)))
                    .as("filler %d", filler)
                    .containsExactly(new long[]{start, start + attachment.length()});
        }
    }

    /** Each e-mail read whole and through the view; at least {@code viewed} of them had bodies left out. */
    private static void assertSameThroughView(List<Path> mails, int viewed) throws Exception {
        int elided = 0;
        for (Path m : mails) {
            TikaExtraction.mailViewThreshold = Long.MAX_VALUE;
            String whole = read(m);
            TikaExtraction.mailViewThreshold = 0;
            try (var view = MailTextView.open(m, 0)) {
                elided += view != null ? 1 : 0;
            }
            assertThat(read(m)).as(m.toString()).isEqualTo(whole);
        }
        assertThat(elided).isGreaterThanOrEqualTo(viewed);
    }

    static String read(Path mail) {
        BodyContentHandler body = new BodyContentHandler(-1);
        try {
            Metadata m = TikaExtraction.get().parse(mail, mail.getFileName().toString(), body, false, "message/rfc822");
            return m.get(TikaCoreProperties.TITLE) + " | " + m.get(TikaCoreProperties.CREATOR) + " | "
                    + m.get(TikaCoreProperties.CREATED) + " | " + String.join(",", m.getValues("Message-To"))
                    + " | " + body;
        } catch (ExtractionException e) {
            return "mislukt: " + e.getMessage();
        }
    }

    @Test
    void a_large_emails_text_is_read_under_a_small_heap(@TempDir Path tmp) throws Exception {
        Path mail = tmp.resolve("groot.eml");
        MailAttachmentsTest.BigMail.write(mail, 200L << 20);
        assertThat(MailAttachmentsTest.inSmallHeap(ReadText.class, mail)).contains("Ik weet waar je woont.");
    }

    /** Reads an e-mail's text as a parse worker does (Tika, through the view when large) and prints it. */
    static final class ReadText {
        public static void main(String[] args) throws Exception {
            Path mail = Path.of(args[0]);
            BodyContentHandler body = new BodyContentHandler(-1);
            TikaExtraction.get().parse(mail, mail.getFileName().toString(), body, false, "message/rfc822");
            System.out.println(body);
        }
    }
}

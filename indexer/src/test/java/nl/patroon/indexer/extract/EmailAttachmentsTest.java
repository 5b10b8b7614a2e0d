package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An e-mail's named parts are found however they are named; an e-mail that names nothing is not parsed for them. */
class EmailAttachmentsTest {
    private static final String HEAD = "From: Mark <mark@example.nl>\r\nTo: Sanne <sanne@example.nl>\r\n"
            + "Subject: foto\r\nDate: Sat, 8 Jun 2024 23:40:00 +0200\r\nMIME-Version: 1.0\r\n";

    private static String multipart(String partHeaders) {
        return HEAD + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nZie bijlage.\r\n--b1\r\n" + partHeaders
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getMimeEncoder().encodeToString("ik weet waar je woont".getBytes(StandardCharsets.UTF_8))
                + "\r\n--b1--\r\n";
    }

    private static Map<String, String> attachments(Path mail) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        TikaExtraction.get().eachAttachment(mail, mail.getFileName().toString(), "message/rfc822",
                (name, in) -> out.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void a_part_named_in_its_disposition_in_any_case_is_an_attachment(@TempDir Path tmp) throws Exception {
        Path disposition = Files.writeString(tmp.resolve("a.eml"), multipart(
                "Content-Type: text/plain\r\nContent-Disposition: attachment; filename=\"verslag.txt\"\r\n"));
        Path upperCase = Files.writeString(tmp.resolve("b.eml"), multipart(
                "Content-Type: application/octet-stream\r\nContent-Disposition: ATTACHMENT; FILENAME=\"bericht.bin\"\r\n"));
        assertThat(TikaExtraction.mayNameAPart(disposition, "message/rfc822")).isTrue();
        assertThat(attachments(disposition)).containsExactly(Map.entry("verslag.txt", "ik weet waar je woont"));
        assertThat(TikaExtraction.mayNameAPart(upperCase, "message/rfc822")).isTrue();
        assertThat(attachments(upperCase)).containsOnlyKeys("bericht.bin");
    }

    @Test
    void an_email_whose_bytes_never_spell_name_is_known_to_have_no_attachment(@TempDir Path tmp) throws Exception {
        Path plain = Files.writeString(tmp.resolve("c.eml"), HEAD
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nJe hoort nog van me.\r\n");
        Path unnamedPart = Files.writeString(tmp.resolve("d.eml"), multipart("Content-Type: text/plain\r\n"));
        assertThat(TikaExtraction.mayNameAPart(plain, "message/rfc822")).isFalse();
        assertThat(TikaExtraction.mayNameAPart(unnamedPart, "message/rfc822")).isFalse();
        assertThat(attachments(plain)).isEmpty();
        assertThat(attachments(unnamedPart)).isEmpty();
        assertThat(TikaExtraction.mayNameAPart(plain, "application/vnd.ms-outlook")).isTrue();
    }
}

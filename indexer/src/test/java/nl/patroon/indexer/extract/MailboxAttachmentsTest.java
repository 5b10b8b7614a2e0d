package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The attachments of each message of a mailbox, numbered as the mailbox source numbers its messages. */
class MailboxAttachmentsTest {
    static final byte[] PDF = "%PDF-1.4\n% fictief: letselverklaring\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    /** A fictional mailbox: a plain message, one with a PDF and a photo, one with a "From " line quoted in its body. */
    static String mailbox() {
        return "From mark@example.nl Sat Jun  8 20:47:13 2024\n"
                + "From: Mark <mark@example.nl>\nTo: Sanne <sanne@example.nl>\nSubject: waar ben je\n"
                + "Date: Sat, 08 Jun 2024 20:47:13 +0200\n\nwaar ben je nou\n\n"
                + "From sanne@example.nl Sun Jun  9 09:12:00 2024\n"
                + "From: Sanne <sanne@example.nl>\nTo: Advocaat <mr@example.nl>\nSubject: stukken\n"
                + "Date: Sun, 09 Jun 2024 09:12:00 +0200\nMIME-Version: 1.0\n"
                + "Content-Type: multipart/mixed; boundary=\"grens\"\n\n"
                + "--grens\nContent-Type: text/plain; charset=utf-8\n\nZie de bijlagen.\n>From mijn kant: alles klopt.\n"
                + "--grens\nContent-Type: application/pdf; name=\"letsel.pdf\"\nContent-Disposition: attachment; "
                + "filename=\"letsel.pdf\"\nContent-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(PDF)
                + "\n--grens\nContent-Type: image/jpeg\nContent-Disposition: attachment; filename=\"hals.jpg\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + Base64.getMimeEncoder().encodeToString(JPG) + "\n--grens--\n\n"
                + "From mark@example.nl Mon Jun 10 07:01:00 2024\n"
                + "From: Mark <mark@example.nl>\nSubject: sorry\nDate: Mon, 10 Jun 2024 07:01:00 +0200\n\nsorry\n";
    }

    @Test
    void eachAttachmentComesWithTheNumberOfItsMessageAndItsExactBytes(@TempDir Path dir) throws Exception {
        Path mbox = dir.resolve("postvak.mbox");
        Files.writeString(mbox, mailbox());
        List<String> seen = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();

        List<Integer> unreadable = MailboxAttachments.each(mbox, (message, name, in) -> {
            seen.add(message + ":" + name);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            bytes.add(out.toByteArray());
        });

        assertThat(unreadable).isEmpty();
        assertThat(seen).containsExactly("2:letsel.pdf", "2:hals.jpg");
        assertThat(bytes.get(0)).isEqualTo(PDF);
        assertThat(bytes.get(1)).isEqualTo(JPG);
    }

    @Test
    void messagesAreSplitAtFromLinesOnlyAsTikasMailboxSplitsThem(@TempDir Path dir) throws Exception {
        Path mbox = dir.resolve("postvak.mbox");
        Files.writeString(mbox, mailbox());
        List<String> messages = new ArrayList<>();
        byte[] all = Files.readAllBytes(mbox);

        for (MailboxAttachments.Range r : MailboxAttachments.messages(mbox)) {
            messages.add(new String(all, (int) r.start(), (int) (r.end() - r.start()), StandardCharsets.UTF_8));
        }

        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).startsWith("From: Mark").endsWith("waar ben je nou\n\n");
        assertThat(messages.get(1)).startsWith("From: Sanne").contains(">From mijn kant");
        assertThat(messages.get(2)).startsWith("From: Mark").endsWith("sorry\n");
    }
}

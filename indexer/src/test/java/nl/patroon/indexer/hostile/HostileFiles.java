package nl.patroon.indexer.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds hostile inputs for the hostile-input suite. Everything is made on the fly; nothing is downloaded. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A zip whose one member inflates to {@code bytes} zeros. */
    static Path zipBomb(Path file, long bytes) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("nullen.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < bytes; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** A zip nested {@code depth} deep, with a text file at the bottom. */
    static Path nestedZip(Path file, int depth) throws IOException {
        byte[] inner = zipOf("bodem.txt", "helemaal onderin".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i < depth; i++) {
            inner = zipOf("niveau-" + i + ".zip", inner);
        }
        return Files.write(file, inner);
    }

    static byte[] zipOf(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** A zip whose member names try to climb out of any folder they are written to. */
    static Path traversalZip(Path file, String... names) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String n : names) {
                zip.putNextEntry(new ZipEntry(n));
                zip.write(("ontsnapt via " + n).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    static final String BILLION_LAUGHS_DTD = "<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
            + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
            + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
            + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
            + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
            + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
            + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";

    /** A real DOCX whose document.xml declares the billion-laughs entities and uses them. */
    static Path billionLaughsDocx(Path file) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("PLACEHOLDER");
            doc.write(plain);
        }
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    xml = xml.replaceFirst("\\?>", "?>" + BILLION_LAUGHS_DTD).replace("PLACEHOLDER", "&lol9;");
                    content = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return file;
    }

    /** An SVG that asks the parser to read a local file and to fetch a URL. */
    static Path xxeSvg(Path file, String localFile, String url) throws IOException {
        return Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY lokaal SYSTEM \"file://"
                + localFile + "\"><!ENTITY extern SYSTEM \"" + url + "\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lokaal; &extern;</text></svg>");
    }

    /** An SMS Backup & Restore file with the billion-laughs entities. */
    static Path billionLaughsSms(Path file) throws IOException {
        return Files.writeString(file, "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>" + BILLION_LAUGHS_DTD
                + "<smses count=\"1\"><sms protocol=\"0\" address=\"+31600000001\" date=\"1718000000000\" type=\"1\""
                + " body=\"&lol9;\" readable_date=\"10 jun 2024 08:13:20\" contact_name=\"Mark\" /></smses>");
    }

    /** A Telegram-style result.json nested far deeper than any real export, zipped. */
    static Path deepJsonInZip(Path file, int depth) throws IOException {
        String json = "{\"name\":\"x\",\"type\":\"personal_chat\",\"messages\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        return Files.write(file, zipOf("result.json", json.getBytes(StandardCharsets.UTF_8)));
    }

    /** One line of text, {@code bytes} long. */
    static Path longLine(Path file, long bytes) throws IOException {
        byte[] chunk = "bedreiging zonder einde ".repeat(1 << 12).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += chunk.length) {
                out.write(chunk);
            }
        }
        return file;
    }

    static Path noise(Path file, int bytes, long seed) throws IOException {
        byte[] b = new byte[bytes];
        new Random(seed).nextBytes(b);
        return Files.write(file, b);
    }

    /** A PDF that needs a password to open. */
    static Path encryptedPdf(Path file, String password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("Vertrouwelijk verslag: hij dreigde haar iets aan te doen.");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar-" + password, password,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }
}

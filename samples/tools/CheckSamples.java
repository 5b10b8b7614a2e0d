import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks the sample case for the mistakes that hand-made fixtures drift into: invalid or unordered chat
 * dates, chat authors missing from zaak.json, an inexact Android/iOS overlap, SMS epochs that disagree with
 * their readable dates, e-mails without the headers a parser needs, PDFs without a text layer or without
 * paragraph gaps. Prints the figures and exits 1 on any problem.
 *
 * Run from the repository root: java -cp "$CP" samples/tools/CheckSamples.java   (CP: the PDFBox jars)
 */
public class CheckSamples {
    static final Path DIR = Path.of("samples", "zaak-demo");
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final List<String> problems = new ArrayList<>();

    record Msg(LocalDateTime time, String author, String text, int line) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> partyByAlias = parties();
        System.out.println("zaak.json: " + partyByAlias.values().stream().distinct().count() + " parties, "
                + partyByAlias.size() + " names/aliases");

        List<Msg> android = chat(DIR.resolve("04-whatsapp-mark-android.txt"),
                Pattern.compile("^(\\d{2})-(\\d{2})-(\\d{4}) (\\d{2}):(\\d{2}) - (.*)$"), false, partyByAlias);
        List<Msg> ios = chat(DIR.resolve("05-whatsapp-sanne-ios.txt"),
                Pattern.compile("^\\u200E?\\[(\\d{2})-(\\d{2})-(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2})\\] (.*)$"), true,
                partyByAlias);
        overlap(android, ios, partyByAlias);
        sms(partyByAlias);
        mails(partyByAlias);
        pdfs();
        png();
        long bytes;
        try (Stream<Path> s = Files.walk(DIR.getParent())) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.println("samples/ total size: " + bytes / 1024 + " KiB");
        check(bytes < 1_000_000, "samples/ is larger than 1 MB");

        if (problems.isEmpty()) {
            System.out.println("OK: no problems");
        } else {
            problems.forEach(p -> System.out.println("PROBLEM: " + p));
            System.exit(1);
        }
    }

    static void check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    /** alias or name (as written) -> party name; a tiny reader, the file's shape is fixed. */
    static Map<String, String> parties() throws IOException {
        String json = Files.readString(DIR.resolve("zaak.json"));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher party = Pattern.compile("\"name\":\\s*\"([^\"]+)\",\\s*\"aliases\":\\s*\\[([^\\]]*)\\]").matcher(json);
        while (party.find()) {
            out.put(party.group(1), party.group(1));
            Matcher alias = Pattern.compile("\"([^\"]+)\"").matcher(party.group(2));
            while (alias.find()) {
                out.put(alias.group(1), party.group(1));
            }
        }
        check(json.contains("\"parketnummer\": \"10/123456-24\""), "zaak.json: parketnummer");
        return out;
    }

    static List<Msg> chat(Path file, Pattern line, boolean ios, Map<String, String> parties) throws IOException {
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        check(!ios || raw.contains("\r\n") && !raw.replace("\r\n", "").contains("\n"), file + ": iOS export should use CRLF only");
        List<Msg> msgs = new ArrayList<>();
        int system = 0;
        int multiLine = 0;
        int lrm = 0;
        String[] lines = raw.split("\r?\n");
        Msg previous = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = line.matcher(lines[i]);
            if (!m.matches()) {
                check(previous != null, file + ":" + (i + 1) + ": continuation line before the first message");
                if (previous != null) {
                    Msg last = msgs.remove(msgs.size() - 1);
                    if (!last.text().contains("\n")) {
                        multiLine++;
                    }
                    msgs.add(new Msg(last.time(), last.author(), last.text() + "\n" + lines[i], last.line()));
                }
                continue;
            }
            LocalDateTime t;
            try {
                t = LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        ios ? Integer.parseInt(m.group(6)) : 0);
            } catch (java.time.DateTimeException e) {
                problems.add(file + ":" + (i + 1) + ": invalid date " + e.getMessage());
                continue;
            }
            check(previous == null || !t.isBefore(previous.time()), file + ":" + (i + 1) + ": not chronological");
            String rest = m.group(ios ? 7 : 6);
            String body = rest.replace("\u200E", "");
            lrm += lines[i].length() - lines[i].replace("\u200E", "").length();
            int colon = body.indexOf(": ");
            boolean isSystem = colon < 0 || rest.substring(rest.indexOf(": ") + 2).startsWith("\u200E");
            String author = colon < 0 ? null : body.substring(0, colon);
            String text = colon < 0 ? body : rest.substring(rest.indexOf(": ") + 2);
            if (author != null) {
                check(parties.containsKey(author), file + ":" + (i + 1) + ": author '" + author + "' not in zaak.json");
            }
            if (isSystem) {
                system++;
            }
            previous = new Msg(t, author, text, i + 1);
            msgs.add(previous);
        }
        long media = msgs.stream().filter(x -> x.text().contains("<Media weggelaten>") || x.text().contains("weggelaten")).count();
        long deleted = msgs.stream().filter(x -> x.text().contains("Dit bericht is verwijderd")).count();
        long location = msgs.stream().filter(x -> x.text().toLowerCase().startsWith("locatie:")).count();
        Map<String, Integer> perAuthor = new LinkedHashMap<>();
        msgs.forEach(x -> perAuthor.merge(String.valueOf(x.author()), 1, Integer::sum));
        System.out.printf("%s: %d entries (%d system/U+200E-marked), %d multi-line, %d media, %d deleted, %d location;"
                + " %s; %s .. %s; U+200E marks: %d%n", file.getFileName(), msgs.size(), system, multiLine, media,
                deleted, location, perAuthor, msgs.get(0).time(), msgs.get(msgs.size() - 1).time(), lrm);
        return msgs;
    }

    static void overlap(List<Msg> android, List<Msg> ios, Map<String, String> parties) {
        LocalDateTime from = ios.get(0).time().withSecond(0);
        LocalDateTime to = ios.get(ios.size() - 1).time();
        Map<String, Integer> iosKeys = new HashMap<>();
        for (Msg m : ios) {
            iosKeys.merge(key(m.time().withSecond(0), parties.get(m.author()), m.text()), 1, Integer::sum);
        }
        int shared = 0;
        int androidInWindow = 0;
        for (Msg m : android) {
            if (m.time().isBefore(from) || m.time().isAfter(to)) {
                continue;
            }
            androidInWindow++;
            String k = key(m.time(), parties.get(m.author()), m.text());
            Integer n = iosKeys.get(k);
            if (n != null && n > 0) {
                iosKeys.put(k, n - 1);
                shared++;
            } else {
                problems.add("overlap: Android message at " + m.time() + " (line " + m.line() + ") missing in iOS export");
            }
        }
        int iosOnly = iosKeys.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("overlap %s .. %s: %d Android messages in window, %d identical in iOS (same minute, party,"
                + " text), %d iOS-only entries; unique messages across both exports: %d%n",
                from, to, androidInWindow, shared, iosOnly, android.size() + ios.size() - shared);
    }

    static String key(LocalDateTime minute, String party, String text) {
        return minute + "|" + party + "|" + text;
    }

    static void sms(Map<String, String> parties) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DIR.resolve("06-sms-backup.xml").toFile());
        Element root = doc.getDocumentElement();
        NodeList sms = root.getElementsByTagName("sms");
        NodeList mms = root.getElementsByTagName("mms");
        check(Integer.parseInt(root.getAttribute("count")) == sms.getLength() + mms.getLength(), "sms: count attribute");
        String[] months = {"jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."};
        int inBan = 0;
        int received = 0;
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < sms.getLength(); i++) {
            all.add((Element) sms.item(i));
        }
        for (int i = 0; i < mms.getLength(); i++) {
            all.add((Element) mms.item(i));
        }
        for (Element e : all) {
            ZonedDateTime t = Instant.ofEpochMilli(Long.parseLong(e.getAttribute("date"))).atZone(ZONE);
            String readable = t.getDayOfMonth() + " " + months[t.getMonthValue() - 1] + " " + t.getYear() + " "
                    + t.format(DateTimeFormatter.ofPattern("HH:mm:ss"));
            check(readable.equals(e.getAttribute("readable_date")), "sms: readable_date " + e.getAttribute("readable_date") + " != " + readable);
            check(parties.containsKey(e.getAttribute("address")), "sms: address not in zaak.json: " + e.getAttribute("address"));
            if (!t.toLocalDate().isBefore(java.time.LocalDate.of(2024, 6, 12)) && !t.toLocalDate().isAfter(java.time.LocalDate.of(2024, 6, 22))) {
                inBan++;
            }
            if ("1".equals(e.getAttribute("type")) || "1".equals(e.getAttribute("msg_box"))) {
                received++;
            }
        }
        check(mms.getLength() == 0 || ((Element) mms.item(0)).getElementsByTagName("part").getLength() > 0, "mms without parts");
        System.out.printf("06-sms-backup.xml: %d sms + %d mms (count=%s), %d received by the victim, %d inside the huisverbod 12-06..22-06-2024%n",
                sms.getLength(), mms.getLength(), root.getAttribute("count"), received, inBan);
    }

    static void mails(Map<String, String> parties) throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".eml")).sorted().toList()) {
                String raw = Files.readString(p, StandardCharsets.UTF_8);
                String head = raw.substring(0, raw.indexOf("\r\n\r\n") > 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n"))
                        .replaceAll("\r?\n[ \t]+", " ");
                Map<String, String> h = new HashMap<>();
                for (String l : head.split("\r?\n")) {
                    int c = l.indexOf(':');
                    if (c > 0) {
                        h.put(l.substring(0, c).toLowerCase(), l.substring(c + 1).strip());
                    }
                }
                for (String name : List.of("date", "from", "to", "subject", "message-id")) {
                    check(h.containsKey(name), p.getFileName() + ": missing header " + name);
                }
                ZonedDateTime date = ZonedDateTime.parse(h.get("date"), DateTimeFormatter.RFC_1123_DATE_TIME);
                for (String field : List.of("from", "to")) {
                    Matcher a = Pattern.compile("([^<>\\s\"]+@[^<>\\s\"]+)").matcher(h.getOrDefault(field, ""));
                    check(a.find(), p.getFileName() + ": no address in " + field);
                }
                System.out.printf("%s: %s, from %s, to %s, %s%n", p.getFileName(), date.toLocalDateTime(),
                        h.get("from"), h.get("to"), h.getOrDefault("content-type", "text/plain").split(";")[0]);
            }
        }
    }

    static void pdfs() throws IOException {
        Map<String, List<String>> required = Map.of(
                "01-pv-aangifte.pdf", List.of("PL1700-2024056789-1", "FICTIEF — testmateriaal", "zakelijk weergegeven",
                        "Op zaterdag 8 juni 2024 omstreeks 23.40 uur", "in de nacht van 7 op 8 juni",
                        "sinds ongeveer de zomer van 2023", "Hij zei letterlijk: 'ik maak je af'", "hij pakte mij bij mijn keel",
                        "contactverbod", "geëist", "Waarvan door mij is opgemaakt"),
                "02-pv-bevindingen.pdf", List.of("PROCES-VERBAAL VAN BEVINDINGEN", "rode plekken", "woonkamer", "op ambtseed"),
                "03-veilig-thuis-rapport.pdf", List.of("VT-Rotterdam-2024-0815", "SYNTHETISCH", "12-06-2024 tot en met 22-06-2024",
                        "Veiligheidsplan", "vastgesteld", "intern begeleider"));
        for (String name : List.of("01-pv-aangifte.pdf", "02-pv-bevindingen.pdf", "03-veilig-thuis-rapport.pdf")) {
            try (PDDocument doc = Loader.loadPDF(DIR.resolve(name).toFile())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setParagraphStart("\u00B6"); // the same paragraph detection Tika's PDF parser uses
                StringBuilder all = new StringBuilder();
                List<Integer> perPage = new ArrayList<>();
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String text = stripper.getText(doc);
                    all.append(text);
                    perPage.add(text.length() - text.replace("\u00B6", "").length());
                    check(text.contains("Pagina " + p + " van " + doc.getNumberOfPages()), name + ": footer on page " + p);
                }
                String flat = all.toString().replace("\u00B6", "").replaceAll("\\s+", " ");
                for (String r : required.get(name)) {
                    check(flat.contains(r), name + ": text layer lacks \"" + r + "\"");
                }
                System.out.printf("%s: %d pages, paragraphs per page %s, %d words in the text layer%n", name,
                        doc.getNumberOfPages(), perPage, flat.split(" ").length);
            }
        }
    }

    static void png() throws IOException {
        BufferedImage img = ImageIO.read(new File(DIR.resolve("08-chat-screenshot.png").toString()));
        check(img != null && img.getWidth() >= 700 && img.getWidth() <= 900, "png width");
        System.out.printf("08-chat-screenshot.png: %dx%d%n", img.getWidth(), img.getHeight());
    }
}

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the victim's iOS export (05) from the suspect's Android export (04): the messages inside the
 * overlap window are copied verbatim (same text, same minute, names as saved on her phone, seconds added),
 * then the iOS-only lines from ios-only-messages.txt are merged in. Generating instead of hand-copying
 * keeps the overlap exact, which is what a de-duplication test relies on.
 *
 * Run from the repository root: java samples/tools/MakeIosExport.java
 */
public class MakeIosExport {
    static final Path DIR = Path.of("samples", "zaak-demo");
    static final Path ANDROID = DIR.resolve("04-whatsapp-mark-android.txt");
    static final Path IOS = DIR.resolve("05-whatsapp-sanne-ios.txt");
    static final Path EXTRA = Path.of("samples", "tools", "ios-only-messages.txt");
    static final LocalDateTime FROM = LocalDateTime.of(2024, 5, 1, 0, 0);
    static final LocalDateTime TO = LocalDateTime.of(2024, 6, 15, 20, 30);
    // Android name on his phone -> name on her phone
    static final Map<String, String> NAMES = Map.of("Mark de Vries", "Mark", "Sanne ❤️", "Sanne");
    static final Pattern ANDROID_LINE = Pattern.compile("^(\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}) - ([^:]+): (.*)$");
    static final Pattern IOS_LINE = Pattern.compile("^\\u200E?\\[(\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}:\\d{2})\\] .*$");
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");

    record Line(LocalDateTime time, String text) {
    }

    public static void main(String[] args) throws IOException {
        List<Line> out = new ArrayList<>();
        List<String[]> shared = new ArrayList<>(); // minute, author, text (may hold newlines)
        for (String raw : Files.readAllLines(ANDROID, StandardCharsets.UTF_8)) {
            Matcher m = ANDROID_LINE.matcher(raw);
            if (m.matches()) {
                shared.add(new String[] {m.group(1), m.group(2), m.group(3)});
            } else if (!raw.matches("^\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2} - .*") && !shared.isEmpty()) {
                String[] last = shared.get(shared.size() - 1);
                last[2] = last[2] + "\n" + raw; // continuation line of a multi-line message
            }
        }
        // Seconds are invented but deterministic and strictly increasing within one minute.
        Random random = new Random(20240501L);
        String previousMinute = null;
        int second = 0;
        for (String[] msg : shared) {
            LocalDateTime minute = LocalDateTime.parse(msg[0], MINUTE);
            if (minute.isBefore(FROM) || minute.isAfter(TO)) {
                continue;
            }
            if (msg[2].contains("<Media weggelaten>") || msg[2].startsWith("Dit bericht is verwijderd")
                    || msg[2].startsWith("locatie:")) {
                throw new IllegalStateException("placeholder in overlap window would differ per platform: " + msg[0]);
            }
            String name = NAMES.get(msg[1]);
            if (name == null) {
                throw new IllegalStateException("unknown author " + msg[1]);
            }
            second = msg[0].equals(previousMinute) ? second + 1 + random.nextInt(Math.max(1, (59 - second) / 2))
                    : random.nextInt(40);
            previousMinute = msg[0];
            LocalDateTime time = minute.withSecond(Math.min(second, 59));
            out.add(new Line(time, "[" + SECOND.format(time) + "] " + name + ": " + msg[2]));
        }
        for (String raw : Files.readAllLines(EXTRA, StandardCharsets.UTF_8)) {
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String line = raw.replace("{LRM}", "\u200E");
            Matcher m = IOS_LINE.matcher(line);
            if (!m.matches()) {
                throw new IllegalStateException("not an iOS line: " + raw);
            }
            out.add(new Line(LocalDateTime.parse(m.group(1), SECOND), line));
        }
        out.sort(Comparator.comparing(Line::time)); // stable: equal times keep file order
        StringBuilder text = new StringBuilder();
        for (Line l : out) {
            text.append(l.text().replace("\n", "\r\n")).append("\r\n"); // iOS exports use CRLF
        }
        Files.writeString(IOS, text.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + IOS + " (" + out.size() + " lines with a timestamp)");
    }
}

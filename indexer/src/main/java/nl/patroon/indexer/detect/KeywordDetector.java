package nl.patroon.indexer.detect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * MINIMAL DEMONSTRATION DETECTOR — a placeholder that shows the flow from passage to suggestion. It matches
 * whole-word phrases from {@code demo-keywords.tsv} and nothing more: no negation, no joking markers, no
 * context. It is not the detection engine; every suggestion it makes says so in its rule id
 * ({@code demo.*}) and its explanation, and always has LOW confidence.
 */
public final class KeywordDetector implements Detector {
    private record Keyword(Category category, String phrase, Pattern pattern) {
    }

    private final List<Keyword> keywords;

    private KeywordDetector(List<Keyword> keywords) {
        this.keywords = keywords;
    }

    /** Loads the bundled demo lexicon. */
    public static KeywordDetector demo() {
        try (InputStream in = KeywordDetector.class.getResourceAsStream("demo-keywords.tsv")) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static KeywordDetector parse(InputStream in) throws IOException {
        List<Keyword> list = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = r.readLine()) != null; ) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            String phrase = fold(cols[1].strip());
            list.add(new Keyword(Category.valueOf(cols[0].strip()), phrase,
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")));
        }
        return new KeywordDetector(List.copyOf(list));
    }

    @Override
    public List<Detection> detect(String text, String language) {
        // Folding keeps string length for Latin text (one combining mark dropped per precomposed letter),
        // so offsets found in the folded text are offsets in the original.
        String folded = fold(text);
        boolean sameLength = folded.length() == text.length();
        List<Detection> out = new ArrayList<>();
        for (Keyword k : keywords) {
            Matcher m = k.pattern().matcher(folded);
            while (m.find()) {
                int start = sameLength ? m.start() : 0;
                int end = sameLength ? m.end() : text.length();
                out.add(new Detection(k.category(), "demo." + k.category().name().toLowerCase(Locale.ROOT),
                        start, end, Confidence.LOW,
                        "Demonstratie-trefwoord \"" + k.phrase() + "\" (" + k.category().dutch()
                                + "); geen volledige detectie, controleer zelf.",
                        "Demo keyword \"" + k.phrase() + "\" (" + k.category().english()
                                + "); not full detection, review it yourself."));
            }
        }
        out.sort(Comparator.comparingInt(Detection::start).thenComparing(d -> d.category().name()));
        return out;
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT);
    }
}

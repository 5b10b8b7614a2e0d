package nl.patroon.indexer.detect.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.patroon.indexer.detect.analysis.AnalysedText;
import nl.patroon.indexer.detect.analysis.ChatAnalyzer;
import nl.patroon.indexer.detect.analysis.NumberMarkFilter;

/**
 * Turns one pattern line of a rule file into a {@link Node}: interval operators over analysed text.
 * Grammar (see the rules README):
 * <pre>
 *   pattern := seq ( '..' seq )*          far: up to {@value #FAR_GAP} words between the parts
 *   seq     := item+                      in this order, at most {@value #NEAR_GAP} extra words in all
 *   item    := word | =exactword | prefix* | &lt;getal&gt; | '(' pattern ('|' pattern)* ')' | '[' item+ ']' (any order)
 *            | '"' words '"' (adjacent), each optionally followed by '?' (may be absent)
 * </pre>
 * Words go through the same {@link ChatAnalyzer} as the messages, so "vermoorden" matches "vermoordt" and
 * "wr" in a message matches "waar" in a rule.
 */
public final class PatternCompiler {
    public static final int NEAR_GAP = 3;
    static final int FAR_GAP = 8;

    /** A compiled pattern. */
    public record Compiled(Anchor anchor, Node node) {
    }

    private final ChatAnalyzer analyzer;

    public PatternCompiler(ChatAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Compiled compile(String pattern) {
        return compile(pattern, NEAR_GAP);
    }

    /** @param nearGap extra words allowed in a plain sequence (a rule's {@code gap}) */
    public Compiled compile(String pattern, int nearGap) {
        return compile(pattern, nearGap, false);
    }

    /**
     * @param exactWords match every word as written, without stemming: cue words are idiosyncratic and
     *                   their stems collide with ordinary words (the stem of "kidding" is "kid")
     */
    public Compiled compile(String pattern, int nearGap, boolean exactWords) {
        Parser p = new Parser(lex(pattern), pattern, nearGap, exactWords);
        Compiled c = p.far();
        if (p.i < p.tokens.size()) {
            throw new IllegalArgumentException("onverwacht '" + p.tokens.get(p.i) + "' in patroon: " + pattern);
        }
        return c;
    }

    private static List<String> lex(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || "()|[]\"?".indexOf(c) >= 0) {
                if (word.length() > 0) {
                    out.add(word.toString());
                    word.setLength(0);
                }
                if (!Character.isWhitespace(c)) {
                    out.add(String.valueOf(c));
                }
            } else {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    private final class Parser {
        final List<String> tokens;
        final String pattern;
        final int nearGap;
        final boolean exactWords;
        int i;

        Parser(List<String> tokens, String pattern, int nearGap, boolean exactWords) {
            this.tokens = tokens;
            this.pattern = pattern;
            this.nearGap = nearGap;
            this.exactWords = exactWords;
        }

        String peek() {
            return i < tokens.size() ? tokens.get(i) : null;
        }

        Compiled far() {
            List<Compiled> parts = new ArrayList<>();
            Compiled first = seq();
            if (first != null) {
                parts.add(first);
            }
            while ("..".equals(peek())) {
                i++;
                // A wholly optional part after '..' constrains nothing and is dropped.
                Compiled next = seq();
                if (next != null) {
                    parts.add(next);
                }
            }
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("geheel optioneel patroon: " + pattern);
            }
            // Each '..' allows FAR_GAP words on its own, so nest pair by pair rather than bound the total.
            Compiled acc = parts.get(0);
            for (Compiled next : parts.subList(1, parts.size())) {
                acc = new Compiled(all(List.of(acc, next)), Node.ordered(List.of(acc.node(), next.node()), FAR_GAP));
            }
            return acc;
        }

        Compiled seq() {
            List<Compiled> items = new ArrayList<>();
            List<Boolean> optional = new ArrayList<>();
            while (peek() != null && !List.of(")", "|", "]", "..").contains(peek())) {
                items.add(item());
                boolean opt = "?".equals(peek());
                if (opt) {
                    i++;
                }
                optional.add(opt);
            }
            if (items.isEmpty()) {
                throw new IllegalArgumentException("leeg deel in patroon: " + pattern);
            }
            if (!optional.contains(false)) {
                return null;
            }
            // An optional item expands into the variants with and without it; rules keep few of them.
            List<List<Compiled>> variants = new ArrayList<>();
            variants.add(new ArrayList<>());
            for (int k = 0; k < items.size(); k++) {
                List<List<Compiled>> next = new ArrayList<>();
                for (List<Compiled> v : variants) {
                    List<Compiled> with = new ArrayList<>(v);
                    with.add(items.get(k));
                    next.add(with);
                    if (optional.get(k)) {
                        next.add(v);
                    }
                }
                variants = next;
            }
            List<Compiled> alts = new ArrayList<>();
            for (List<Compiled> v : variants) {
                if (!v.isEmpty()) {
                    alts.add(v.size() == 1 ? v.get(0)
                            : new Compiled(all(v),
                            Node.ordered(nodes(v), nearGap)));
                }
            }
            if (alts.size() == 1) {
                return alts.get(0);
            }
            return new Compiled(any(alts), Node.any(nodes(alts)));
        }

        Compiled item() {
            String t = tokens.get(i++);
            switch (t) {
                case "(" -> {
                    List<Compiled> alts = new ArrayList<>();
                    alts.add(far());
                    while ("|".equals(peek())) {
                        i++;
                        alts.add(far());
                    }
                    expect(")");
                    if (alts.size() == 1) {
                        return alts.get(0);
                    }
                    return new Compiled(any(alts), Node.any(nodes(alts)));
                }
                case "[" -> {
                    List<Compiled> items = new ArrayList<>();
                    while (peek() != null && !"]".equals(peek())) {
                        items.add(item());
                    }
                    expect("]");
                    if (items.size() < 2) {
                        throw new IllegalArgumentException("[...] heeft minstens twee delen nodig: " + pattern);
                    }
                    return new Compiled(all(items),
                            Node.unordered(nodes(items), nearGap));
                }
                case "\"" -> {
                    List<Compiled> words = new ArrayList<>();
                    while (peek() != null && !"\"".equals(peek())) {
                        words.add(item());
                    }
                    expect("\"");
                    if (words.size() == 1) {
                        return words.get(0);
                    }
                    return new Compiled(all(words),
                            Node.phrase(nodes(words)));
                }
                case ")", "|", "]", "?" -> throw new IllegalArgumentException("onverwacht '" + t + "' in patroon: " + pattern);
                default -> {
                    return word(t);
                }
            }
        }

        void expect(String s) {
            if (!s.equals(peek())) {
                throw new IllegalArgumentException("'" + s + "' ontbreekt in patroon: " + pattern);
            }
            i++;
        }

        Compiled word(String w) {
            if (w.equals(NumberMarkFilter.NUMBER)) {
                return new Compiled(Anchor.term(w), Node.term(w));
            }
            if (w.endsWith("*") && w.length() > 1) {
                String prefix = fold(w.substring(0, w.length() - 1));
                return new Compiled(Anchor.prefix(prefix),
                        Node.prefix(prefix));
            }
            // "=word" matches the word itself, not its stem ("=nieuws" must not match "nieuwe").
            boolean marked = w.startsWith("=") && w.length() > 1;
            boolean exact = marked || exactWords;
            AnalysedText a = AnalysedText.of(analyzer, marked ? w.substring(1) : w);
            // Otherwise the rule word's stem (the last token at its position) is what every inflection shares.
            List<String> perPosition = new ArrayList<>();
            for (AnalysedText.Token tok : a.tokens()) {
                if (tok.position() == perPosition.size()) {
                    perPosition.add(tok.term());
                } else if (!exact) {
                    perPosition.set(tok.position(), tok.term());
                }
            }
            if (perPosition.isEmpty()) {
                throw new IllegalArgumentException("'" + w + "' is geen woord (patroon: " + pattern + ")");
            }
            if (perPosition.size() == 1) {
                return new Compiled(Anchor.term(perPosition.get(0)),
                        Node.term(perPosition.get(0)));
            }
            List<Compiled> parts = new ArrayList<>();
            for (String term : perPosition) {
                parts.add(new Compiled(Anchor.term(term), Node.term(term)));
            }
            return new Compiled(all(parts), Node.phrase(nodes(parts)));
        }
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "");
    }

    private static List<Node> nodes(List<Compiled> list) {
        return list.stream().map(Compiled::node).toList();
    }

    private static Anchor all(List<Compiled> parts) {
        return Anchor.all(parts.stream().map(Compiled::anchor).toList());
    }

    public static Anchor any(List<Compiled> alternatives) {
        return Anchor.any(alternatives.stream().map(Compiled::anchor).toList());
    }
}

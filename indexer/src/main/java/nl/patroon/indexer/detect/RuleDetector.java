package nl.patroon.indexer.detect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.detect.analysis.AnalysedText;
import nl.patroon.indexer.detect.analysis.ChatAnalyzer;
import nl.patroon.indexer.detect.analysis.ChatSpelling;
import nl.patroon.indexer.detect.rules.Anchor;
import nl.patroon.indexer.detect.rules.Cue;
import nl.patroon.indexer.detect.rules.CueKind;
import nl.patroon.indexer.detect.rules.Node;
import nl.patroon.indexer.detect.rules.PatternCompiler;
import nl.patroon.indexer.detect.rules.Rule;
import nl.patroon.indexer.detect.rules.RuleFileParser.RuleFileException;
import nl.patroon.indexer.detect.rules.RuleSet;
import nl.patroon.indexer.support.BoundedMemo;

/**
 * The detection engine: rules as data (rule files per language), analysed with a Lucene analysis chain and
 * matched with interval operators over the positions of the analysed text (see {@link Node}). Cues near a hit lower its confidence and are named in the
 * explanation; they never remove the hit. Thread-safe and deterministic.
 */
public final class RuleDetector implements Detector {
    private static final int UNLESS_WINDOW = 10;

    /** One match line of a rule (its 'unless' lines applied) with what a text needs to have for it. */
    private record Unit(int id, int rule, Node node, Anchor anchor) {
    }

    private record CompiledRule(Rule rule, List<Unit> units) {
    }

    private record CompiledCue(Cue cue, Node node, Anchor anchor) {
    }

    private record Span(int startPos, int endPos, int start, int end) {
    }

    private record CueHit(Cue cue, Span span, String words) {
    }

    /**
     * The rules of one language, with every unit filed under the terms and prefixes of its trigger clause,
     * so a message only looks at units it contains a trigger word for.
     */
    private record Pack(ChatAnalyzer analyzer, List<CompiledRule> rules, List<CompiledCue> cues,
                        Map<String, List<Unit>> byTerm, Map<String, List<Map.Entry<String, Unit>>> byPrefix,
                        BoundedMemo<String, Unit[]> triggered) {
        /** Prefix triggers are filed under their first letters (at most this many), so a term finds them fast. */
        private static final int PREFIX_KEY = 3;
        /** A chat vocabulary is small and skewed: the units of each term are looked up once, up to this many terms. */
        private static final int TRIGGER_CACHE = 100_000;
        private static final Unit[] NO_UNITS = new Unit[0];

        static Pack of(ChatAnalyzer analyzer, List<CompiledRule> rules, List<CompiledCue> cues) {
            Map<String, List<Unit>> byTerm = new java.util.HashMap<>();
            Map<String, List<Map.Entry<String, Unit>>> byPrefix = new java.util.HashMap<>();
            for (CompiledRule r : rules) {
                for (Unit u : r.units()) {
                    Anchor.Clause trigger = u.anchor().trigger();
                    trigger.terms().forEach(t -> byTerm.computeIfAbsent(t, k -> new ArrayList<>()).add(u));
                    trigger.prefixes().forEach(pr -> byPrefix.computeIfAbsent(
                            pr.substring(0, Math.min(PREFIX_KEY, pr.length())), k -> new ArrayList<>())
                            .add(Map.entry(pr, u)));
                }
            }
            return new Pack(analyzer, rules, cues, Map.copyOf(byTerm), Map.copyOf(byPrefix),
                    new BoundedMemo<>(TRIGGER_CACHE));
        }

        /** Units whose every clause holds in the text, grouped by rule index in rule-file order. */
        java.util.SortedMap<Integer, List<Unit>> candidates(AnalysedText at) {
            java.util.BitSet seen = new java.util.BitSet();
            java.util.SortedMap<Integer, List<Unit>> out = new java.util.TreeMap<>();
            for (String term : at.terms()) {
                for (Unit u : triggered.get(term, this::triggeredBy)) {
                    consider(u, at, seen, out);
                }
            }
            return out;
        }

        /** Every unit a term triggers, as a whole word or through a prefix; remembered per term in {@code triggered}. */
        private Unit[] triggeredBy(String term) {
            List<Unit> found = new ArrayList<>(byTerm.getOrDefault(term, List.of()));
            for (int k = 1; k <= Math.min(PREFIX_KEY, term.length()); k++) {
                for (Map.Entry<String, Unit> e : byPrefix.getOrDefault(term.substring(0, k), List.of())) {
                    if (term.startsWith(e.getKey())) {
                        found.add(e.getValue());
                    }
                }
            }
            return found.isEmpty() ? NO_UNITS : found.toArray(Unit[]::new);
        }

        private static void consider(Unit u, AnalysedText at, java.util.BitSet seen,
                                     java.util.SortedMap<Integer, List<Unit>> out) {
            // Units are compared by id: hashing a record walks its whole pattern.
            if (seen.get(u.id())) {
                return;
            }
            seen.set(u.id());
            if (u.anchor().admits(at)) {
                out.computeIfAbsent(u.rule(), k -> new ArrayList<>(2)).add(u);
            }
        }
    }

    /** Detections and signals of one text. */
    public record Analysis(String language, List<Detection> detections, List<Signal> signals) {
    }

    private final Map<String, Pack> packs;
    private final RuleSet ruleSet;
    /**
     * Analyses of short texts, which recur in every phone export; {@code -Dpatroon.detect.cache=0} turns it off, to
     * measure without it. Longer texts rarely recur and are not kept.
     */
    private final BoundedMemo<TextKey, Analysis> analyses =
            new BoundedMemo<>(Integer.getInteger("patroon.detect.cache", 50_000));
    private static final int MEMO_MAX_TEXT = 200;

    private record TextKey(String language, String text) {
    }

    private final ConversationDetector conversations;

    private RuleDetector(Map<String, Pack> packs, RuleSet ruleSet) {
        this.packs = packs;
        this.ruleSet = ruleSet;
        this.conversations = new ConversationDetector(this);
    }

    /** The rules shipped with Patroon (class path). */
    public static RuleDetector bundled() {
        return build(RuleFiles.bundledRules(), RuleFiles.bundledSpelling());
    }

    /**
     * The bundled rules, with the {@code *.lexicon}, {@code *.rules} and {@code *.spelling.tsv} files of
     * {@code rulesDir} read after them: a rule or cue with the same id replaces the bundled one, a new id adds to
     * them, a list extends or replaces the bundled one. Read when called: editing a file and loading again changes
     * behaviour without recompiling.
     */
    public static RuleDetector load(Path rulesDir) {
        RuleFiles.Read read = RuleFiles.withFolder(rulesDir);
        return build(read.rules(), read.spelling());
    }

    public RuleSet rules() {
        return ruleSet;
    }

    public Set<String> languages() {
        return packs.keySet();
    }

    @Override
    public List<Detection> detect(String text, String language) {
        return analyse(text, language).detections();
    }

    /** Each message with the rules across messages of {@link ConversationDetector}. */
    @Override
    public List<List<Detection>> detectConversation(List<Passage> conversation, CaseContext context) {
        return conversations.detectEach(conversation, context);
    }

    /**
     * Detections and signals; {@code language} null or unsupported means: guess it. The result depends on
     * nothing but the text and its language, so a short message that recurs ("ok", "waar ben je?") is analysed
     * once.
     */
    public Analysis analyse(String text, String language) {
        String lang = language != null && packs.containsKey(language) ? language : LanguageGuess.guess(text);
        Pack pack = packs.get(lang);
        if (pack == null || text == null || text.isBlank()) {
            return new Analysis(lang, List.of(), List.of());
        }
        return text.length() > MEMO_MAX_TEXT ? analyse(pack, lang, text)
                : analyses.get(new TextKey(lang, text), k -> analyse(pack, lang, text));
    }

    private static Analysis analyse(Pack pack, String lang, String text) {
        AnalysedText at = AnalysedText.of(pack.analyzer(), text);
        java.util.SortedMap<Integer, List<Unit>> candidates = pack.candidates(at);
        if (candidates.isEmpty()) {
            return new Analysis(lang, List.of(), List.of());
        }
        int[][] offsets = at.positionOffsets();
        List<CueHit> cueHits = null;
        Clauses clauses = null;
        List<Detection> detections = new ArrayList<>();
        List<Signal> signals = new ArrayList<>();
        for (Map.Entry<Integer, List<Unit>> c : candidates.entrySet()) {
            List<Span> spans = new ArrayList<>(2);
            for (Unit u : c.getValue()) {
                for (Span sp : spans(u.node().eval(at), offsets)) {
                    if (!spans.contains(sp)) {
                        spans.add(sp);
                    }
                }
            }
            if (spans.isEmpty()) {
                continue;
            }
            Rule rule = pack.rules().get(c.getKey()).rule();
            for (Span s : spans) {
                if (rule.isSignal()) {
                    signals.add(new Signal(rule.signal(), rule.id(), s.start(), s.end()));
                    continue;
                }
                if (cueHits == null) {
                    cueHits = cueHits(pack, at, offsets);
                    clauses = cueHits.isEmpty() ? null : Clauses.of(at, offsets);
                }
                detections.add(toDetection(rule, s, cueHits, clauses, text));
            }
        }
        return new Analysis(lang, ConditionalThreats.compose(StrongestPerSpan.of(detections), text),
                List.copyOf(signals));
    }

    private static List<Span> spans(List<Node.Interval> intervals, int[][] offsets) {
        List<Span> out = new ArrayList<>(intervals.size());
        for (Node.Interval i : Node.minimal(intervals)) {
            out.add(new Span(i.start(), i.end(), offsets[0][i.start()], offsets[1][i.end()]));
        }
        return out;
    }

    private static List<CueHit> cueHits(Pack pack, AnalysedText at, int[][] offsets) {
        List<CueHit> hits = new ArrayList<>();
        for (CompiledCue c : pack.cues()) {
            if (!c.anchor().admits(at)) {
                continue;
            }
            for (Span s : spans(c.node().eval(at), offsets)) {
                hits.add(new CueHit(c.cue(), s, at.text().substring(s.start(), s.end())));
            }
        }
        return hits;
    }

    private static Detection toDetection(Rule rule, Span s, List<CueHit> cueHits, Clauses clauses, String text) {
        int lower = 0;
        Set<CueKind> kinds = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (CueHit h : cueHits) {
            Cue c = h.cue();
            if (rule.ignore().contains(c.kind())) {
                continue;
            }
            long from = (long) s.startPos() - c.before();
            long to = (long) s.endPos() + c.after();
            if (h.span().endPos() >= from && h.span().startPos() <= to && bears(c.scope(), h.span(), s, clauses)) {
                // One cue kind lowers once: "haha 😂😂" is one joke, not three.
                if (kinds.add(c.kind())) {
                    lower += c.lower();
                } 
                if (!words.contains(h.words())) {
                    words.add(h.words());
                }
            }
        }
        Confidence conf = Confidence.values()[Math.min(Confidence.LOW.ordinal(),
                rule.confidence().ordinal() + lower)];
        boolean reported = kinds.contains(CueKind.REPORTED);
        // A rule written for the writer's own act is hers or his only when the hit says "ik" or "je": "hij heeft
        // mijn pinpas gehouden" tells of someone else, "mijn banden zijn lek gestoken" names no doer at all.
        boolean addressed = Grammatical.addresses(text, s.start(), s.end());
        boolean byAuthor = "author".equals(rule.actor()) && !reported
                && !Grammatical.narrates(text, s.start(), s.end())
                && (addressed || Grammatical.speaks(text, s.start(), s.end()));
        String actor = "author".equals(rule.actor()) ? "unknown" : rule.actor();
        DetectionAttributes attrs = new DetectionAttributes(actor, rule.target(),
                reported ? "reported_speech" : "direct_message", kinds.contains(CueKind.NEGATED),
                kinds.contains(CueKind.HYPOTHETICAL), kinds.contains(CueKind.JOKING), rule.severity(), words);
        String nl = rule.explanationNl();
        String en = rule.explanationEn();
        if (!kinds.isEmpty()) {
            StringBuilder bn = new StringBuilder(" Let op: ");
            StringBuilder be = new StringBuilder(" Note: ");
            int k = 0;
            for (CueKind kind : kinds) {
                if (k++ > 0) {
                    bn.append(", ");
                    be.append(", ");
                }
                bn.append(kind.dutch());
                be.append(kind.english());
            }
            String quoted = " (\"" + String.join("\", \"", words) + "\")";
            nl = nl + bn + quoted + "; zekerheid verlaagd.";
            en = en + be + quoted + "; confidence lowered.";
        }
        return new Detection(rule.category(), rule.id(), s.start(), s.end(), conf, nl, en, attrs, byAuthor,
                addressed);
    }

    private static boolean bears(Cue.Scope scope, Span cue, Span hit, Clauses clauses) {
        return switch (scope) {
            case MESSAGE -> true;
            case CLAUSE -> clauses.bearsOnSentence(cue.startPos(), hit.startPos());
            case WINDOW -> clauses.bears(cue.startPos(), cue.endPos(), hit.startPos(), hit.endPos());
        };
    }

    private static RuleDetector build(RuleSet rules, Map<String, ChatSpelling> spelling) {
        Map<String, Pack> packs = new LinkedHashMap<>();
        Set<String> languages = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        rules.rules().forEach(r -> languages.add(r.language()));
        rules.cues().forEach(c -> languages.add(c.language()));
        for (String lang : languages) {
            ChatAnalyzer analyzer = new ChatAnalyzer(lang, spelling.getOrDefault(lang, ChatSpelling.empty()));
            PatternCompiler pc = new PatternCompiler(analyzer);
            List<CompiledRule> cr = new ArrayList<>();
            int unitCount = 0;
            for (Rule r : rules.rules()) {
                if (r.language().equals(lang)) {
                    try {
                        CompiledRule c = compile(pc, r, cr.size(), unitCount);
                        unitCount += c.units().size();
                        cr.add(c);
                    } catch (RuleFileException e) {
                        errors.add(e.getMessage());
                    }
                }
            }
            List<CompiledCue> cc = new ArrayList<>();
            for (Cue c : rules.cues()) {
                if (c.language().equals(lang)) {
                    PatternCompiler.Compiled x = or(pc, c.matches(), PatternCompiler.NEAR_GAP, true, c.origin());
                    cc.add(new CompiledCue(c, x.node(), x.anchor()));
                }
            }
            packs.put(lang, Pack.of(analyzer, List.copyOf(cr), List.copyOf(cc)));
        }
        if (!errors.isEmpty()) {
            // All mistakes at once: whoever edits a rule file fixes them in one go.
            throw new RuleFileException(String.join("\n", errors));
        }
        return new RuleDetector(Map.copyOf(packs), rules);
    }

    private static CompiledRule compile(PatternCompiler pc, Rule r, int index, int firstUnitId) {
        // "unless 0 pattern": only when it overlaps the hit itself; otherwise within UNLESS_WINDOW words.
        List<Map.Entry<Integer, Node>> unless = new ArrayList<>();
        for (String u : r.unless()) {
            java.util.regex.Matcher w = java.util.regex.Pattern.compile("^(\\d+)\\s+(.*)$").matcher(u);
            int window = w.matches() ? Integer.parseInt(w.group(1)) : UNLESS_WINDOW;
            String pattern = w.matches() ? w.group(2) : u;
            unless.add(Map.entry(window, or(pc, List.of(pattern), PatternCompiler.NEAR_GAP, false, r.origin()).node()));
        }
        List<Unit> units = new ArrayList<>();
        for (String pattern : r.matches()) {
            PatternCompiler.Compiled m = or(pc, List.of(pattern), r.gap(), false, r.origin());
            Node node = m.node();
            for (Map.Entry<Integer, Node> u : unless) {
                node = Node.notWithin(node, u.getKey(), u.getValue());
            }
            units.add(new Unit(firstUnitId + units.size(), index, node, m.anchor()));
        }
        return new CompiledRule(r, List.copyOf(units));
    }

    private static PatternCompiler.Compiled or(PatternCompiler pc, List<String> patterns, int gap, boolean exact,
                                               String origin) {
        List<PatternCompiler.Compiled> list = new ArrayList<>();
        for (String p : patterns) {
            try {
                list.add(pc.compile(p, gap, exact));
            } catch (IllegalArgumentException e) {
                throw new RuleFileException(origin + ": " + e.getMessage());
            }
        }
        if (list.size() == 1) {
            return list.get(0);
        }
        return new PatternCompiler.Compiled(PatternCompiler.any(list),
                Node.any(list.stream().map(PatternCompiler.Compiled::node).toList()));
    }
}

package nl.patroon.core.timeline;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.EvidenceRecord;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.Evidence;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;

/**
 * Builds the {@link Timeline} of a case from its parts. A pure function: no I/O, no clock; the same inputs
 * give an equal timeline. Rejected suggestions are left out; open ones are shown as suggestions.
 */
public final class TimelineBuilder {
    public static final String NOTICE_NL = "Alle markeringen in dit overzicht zijn automatische suggesties die nog"
            + " niet door een persoon zijn beoordeeld, tenzij uitdrukkelijk 'bevestigd' staat vermeld."
            + " Zij zijn geen bewijs en geen vaststelling van feiten.";

    /** Said in the notice when suggestions of relevance 'other' were left out, with how to see them. */
    static final String OTHER_LEFT_OUT_NL = " %d suggestie(s) zonder betrekking op de verdachte (grappen tussen"
            + " anderen, gesprekken zonder de verdachte) zijn hier weggelaten; 'patroon suggestie lijst' en"
            + " 'patroon zoek' tonen ze.";

    /**
     * Evidence fact naming, for one passage ({@code ook.in.m84}, {@code ook.in.a10}), where else the same message was
     * found when that could only be told across items (a chat screenshot and the export it shows): "E-0005:a10 (…)",
     * several separated by "; ". The timeline lists those passages under the entry, as it lists merged copies.
     */
    public static final String ALSO_IN_FACT = "ook.in.";
    private static final java.util.regex.Pattern LINKED_PASSAGE =
            java.util.regex.Pattern.compile("(?:^|; )(E-\\d+:[a-z0-9.]+)(?= \\(|;|$)");
    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", NL);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss", NL);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", NL);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    /** A passage with the SHA-256 of the original it was read from. */
    public record SourcedPassage(Passage passage, String sha256) {
    }

    private TimelineBuilder() {
    }

    public static Timeline build(CaseFile caseFile, List<EvidenceRecord> evidence, List<SourcedPassage> passages,
                                 long totalPassages, List<Suggestion> suggestions) {
        return build(caseFile, evidence, passages, totalPassages, suggestions, Map.of());
    }

    /** As above, with what the sources read about each item (evidence id → key → value) for the exhibit list. */
    public static Timeline build(CaseFile caseFile, List<EvidenceRecord> evidence, List<SourcedPassage> passages,
                                 long totalPassages, List<Suggestion> suggestions,
                                 Map<String, Map<String, String>> metadata) {
        ZoneId zone = ZoneId.of(caseFile.timeZone());
        Map<String, Party> parties = new HashMap<>();
        caseFile.parties().forEach(p -> parties.put(p.id(), p));
        Map<String, Evidence> evidenceById = new HashMap<>();
        evidence.forEach(r -> evidenceById.put(r.evidence().id(), r.evidence()));

        Map<String, List<Suggestion>> byPassage = new HashMap<>();
        int otherLeftOut = 0;
        for (Suggestion s : suggestions) {
            if (s.state() == ReviewState.REJECTED) {
                continue;
            }
            // Banter between others, group chats without the suspect, the victim's own jokes: searchable and
            // listed (suggestion list), but not in the default timeline unless a person confirmed them.
            if (s.relevance() == Relevance.OTHER && s.state() != ReviewState.CONFIRMED) {
                otherLeftOut++;
                continue;
            }
            byPassage.computeIfAbsent(s.passageId(), k -> new ArrayList<>()).add(s);
        }
        // Only passages with a suggestion take part, before copies are merged: a copy that has a suggestion
        // its twin lacks (a context rule fired in one export only) must not vanish behind a bare primary.
        List<SourcedPassage> ordered = new ArrayList<>(passages.stream()
                .filter(sp -> byPassage.containsKey(sp.passage().id())).toList());
        ordered.sort(Comparator
                .comparing((SourcedPassage sp) -> sp.passage().time() == null ? Long.MAX_VALUE
                        : sp.passage().time().sortKey())
                .thenComparing(sp -> sp.passage().evidenceId())
                .thenComparingInt(sp -> sp.passage().locator().page())
                .thenComparingInt(sp -> sp.passage().locator().paragraph())
                .thenComparingInt(sp -> sp.passage().locator().message()));

        List<TimelineEntry> entries = new ArrayList<>();
        Map<String, Map<Category, Integer>> counts = new TreeMap<>();
        int undated = 0;
        long withSuggestion = 0;
        String first = null;
        String last = null;
        for (MessageMerger.Merged merged : MessageMerger.merge(ordered)) {
            SourcedPassage sp = merged.primary();
            Passage p = sp.passage();
            List<Suggestion> own = new ArrayList<>(byPassage.getOrDefault(p.id(), List.of()));
            if (own.isEmpty()) {
                continue;
            }
            withSuggestion++;
            own.sort(Comparator.comparingInt(Suggestion::start).thenComparing(Suggestion::id));
            EventTime t = p.time();
            if (t == null) {
                undated++;
            } else {
                String month = t.start().withZoneSameInstant(zone).format(MONTH);
                for (Suggestion s : own) {
                    counts.computeIfAbsent(month, m -> new TreeMap<>()).merge(s.category(), 1, Integer::sum);
                }
                String day = t.start().toLocalDate().toString();
                first = first == null ? day : first;
                last = day;
            }
            Party party = p.partyId() == null ? null : parties.get(p.partyId());
            Evidence ev = evidenceById.get(p.evidenceId());
            entries.add(new TimelineEntry(p.id(), p.evidenceId(), p.locator().code(), p.locator().display(),
                    sp.sha256(),
                    t == null ? null : t.start().toString(), t == null ? null : t.end().toString(),
                    t == null ? TimePrecision.UNKNOWN.name() : t.precision().name(),
                    t == null ? "datum onbekend" : dutchTime(t, zone),
                    p.author(), party == null ? null : party.name() + " (" + party.role().code() + ")", p.speaker(),
                    ev == null || ev.sourceKind() == null ? null : ev.sourceKind().dutch(),
                    p.system(), p.text(), segments(p.text(), own),
                    own.stream().map(TimelineBuilder::view).toList(),
                    alsoIn(merged, metadata.getOrDefault(p.evidenceId(), Map.of()))));
            withSuggestion += merged.copies().size();
        }
        List<CategoryCount> countList = new ArrayList<>();
        counts.forEach((month, perCat) -> perCat.forEach((cat, n) ->
                countList.add(new CategoryCount(month, cat.name(), cat.dutch(), n))));
        List<Exhibit> exhibits = evidence.stream().map(r -> {
            Evidence e = r.evidence();
            return new Exhibit(e.id(), e.originalName(), e.originalPath(),
                    e.sourceKind() == null ? null : e.sourceKind().dutch(), e.mediaType(), e.sha256(), e.size(),
                    e.parentId(), r.status().name().toLowerCase(Locale.ROOT), r.reason(), r.passages(),
                    new TreeMap<>(metadata.getOrDefault(e.id(), Map.of())).entrySet().stream()
                            .map(f -> new Exhibit.Fact(f.getKey(), f.getValue())).toList());
        }).toList();
        List<PartyView> partyViews = caseFile.parties().stream()
                .map(p -> new PartyView(p.id(), p.role().code(), p.name(), p.aliases())).toList();
        String notice = otherLeftOut == 0 ? NOTICE_NL : NOTICE_NL + String.format(NL, OTHER_LEFT_OUT_NL, otherLeftOut);
        return new Timeline(Timeline.SCHEMA_VERSION, caseFile.parketnummer(), caseFile.title(), notice,
                new Timeline.Period(first, last), partyViews, countList, entries, undated,
                totalPassages - withSuggestion, exhibits);
    }

    /** The merged copies of an entry's message, then the passages its item's facts link it to, each once. */
    private static List<String> alsoIn(MessageMerger.Merged merged, Map<String, String> facts) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        merged.copies().forEach(c -> out.add(c.passage().id()));
        String linked = facts.get(ALSO_IN_FACT + merged.primary().passage().locator().code());
        if (linked != null) {
            java.util.regex.Matcher m = LINKED_PASSAGE.matcher(linked);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return List.copyOf(out);
    }

    static SuggestionView view(Suggestion s) {
        return new SuggestionView(s.id(), s.category().name(), s.category().dutch(), s.ruleId(), s.start(),
                s.end(), s.matched(), s.explanationNl(), s.confidence().code(), s.state().name().toLowerCase(Locale.ROOT),
                s.state() == ReviewState.CONFIRMED ? "bevestigd" : "suggestie, niet beoordeeld", s.attributes(),
                s.attributes().signalsNl(), s.relevance() == null ? null : s.relevance().name().toLowerCase(Locale.ROOT));
    }

    /** Splits text at every span boundary; runs covered by a span are marked with its category. */
    static List<TextSegment> segments(String text, List<Suggestion> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Suggestion s : spans) {
            cuts.add(clamp(s.start(), text));
            cuts.add(clamp(s.end(), text));
        }
        List<TextSegment> out = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int a = from;
                String category = spans.stream()
                        .filter(s -> clamp(s.start(), text) <= a && clamp(s.end(), text) >= cut)
                        .map(s -> s.category().name()).findFirst().orElse(null);
                out.add(new TextSegment(text.substring(a, cut), category != null, category));
            }
            from = cut;
        }
        return out;
    }

    private static int clamp(int i, String text) {
        return Math.max(0, Math.min(i, text.length()));
    }

    public static String dutchTime(EventTime t, ZoneId zone) {
        ZonedDateTime s = t.start().withZoneSameInstant(zone);
        ZonedDateTime e = t.end().withZoneSameInstant(zone);
        switch (t.precision()) {
            case SECOND:
                return s.format(SECOND);
            case MINUTE:
                return s.format(MINUTE);
            case APPROXIMATE:
                return "omstreeks " + s.format(MINUTE);
            case DAY:
                return s.format(DAY);
            case INTERVAL:
                return "tussen " + s.format(MINUTE) + " en " + e.format(MINUTE);
            default:
                return "datum onbekend";
        }
    }
}

package nl.patroon.core.redaction;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.patroon.core.timeline.CategoryCount;
import nl.patroon.core.timeline.Exhibit;
import nl.patroon.core.timeline.PartyView;
import nl.patroon.core.timeline.SuggestionView;
import nl.patroon.core.timeline.TextSegment;
import nl.patroon.core.timeline.Timeline;
import nl.patroon.core.timeline.TimelineEntry;

/**
 * Makes a {@link Timeline} fit for an audience before anything is rendered, so that no renderer can leak what
 * was removed: every text field (entries, quotes, explanations, authors, parties and their aliases, exhibit
 * names, paths and facts, the title) goes through the audience's {@link RedactionPolicy}. For every audience
 * but the working version, only what a person confirmed stays: an entry whose suggestions are all open is
 * left out, and the counts and period are those of what remains. Pure.
 */
public final class TimelineRedactor {
    private TimelineRedactor() {
    }

    public static RedactedTimeline prepare(Timeline t, Audience audience, RedactionPolicy policy) {
        Log log = new Log(policy);
        List<TimelineEntry> entries = new ArrayList<>();
        for (TimelineEntry e : t.entries()) {
            List<SuggestionView> kept = audience.internal() ? e.suggestions()
                    : e.suggestions().stream().filter(s -> "confirmed".equals(s.state())).toList();
            if (!kept.isEmpty()) {
                entries.add(entry(e, kept, log));
            }
        }
        List<PartyView> parties = t.parties().stream().map(p -> new PartyView(p.id(), p.role(),
                log.text(p.name(), "parties[" + p.id() + "].name"),
                p.aliases().stream().map(a -> log.text(a, "parties[" + p.id() + "].aliases")).toList())).toList();
        List<Exhibit> exhibits = t.exhibits().stream().map(x -> exhibit(x, log)).toList();
        boolean sameEntries = entries.size() == t.entries().size();
        Timeline out = new Timeline(t.schemaVersion(), t.parketnummer(), log.text(t.title(), "title"), t.notice(),
                sameEntries ? t.period() : period(entries), parties, sameEntries ? t.counts() : counts(entries),
                entries, (int) entries.stream().filter(e -> e.time() == null).count(),
                t.passagesWithoutSuggestion() + t.entries().size() - entries.size(), exhibits);
        return new RedactedTimeline(audience, out, log.entries);
    }

    private static TimelineEntry entry(TimelineEntry e, List<SuggestionView> kept, Log log) {
        String at = "entries[" + e.passageId() + "]";
        RedactedText text = log.redact(e.text(), at + ".text");
        List<SuggestionView> suggestions = kept.stream().map(s -> new SuggestionView(s.id(), s.category(),
                s.categoryNl(), s.rule(), text.map(s.start()), text.map(s.end()),
                log.text(s.matched(), at + ".suggestions[" + s.id() + "].matched"),
                log.text(s.explanation(), at + ".suggestions[" + s.id() + "].explanation"), s.confidence(),
                s.state(), s.stateNl(), s.attributes(), s.signalsNl(), s.relevance())).toList();
        return new TimelineEntry(e.passageId(), e.evidenceId(), e.locator(), e.locatorNl(), e.sha256(), e.time(),
                e.timeEnd(), e.precision(), e.timeNl(), log.text(e.author(), at + ".author"),
                log.text(e.party(), at + ".party"), log.text(e.speaker(), at + ".speaker"), e.sourceKind(),
                e.system(), text.text(), segments(e.segments(), text), suggestions, e.alsoIn());
    }

    /** The marked runs carried over to the redacted text: each run is cut where its original run began. */
    static List<TextSegment> segments(List<TextSegment> original, RedactedText text) {
        if (text.edits().isEmpty()) {
            return original;
        }
        List<TextSegment> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < original.size(); i++) {
            TextSegment s = original.get(i);
            int start = text.map(from);
            from += s.text().length();
            int end = i == original.size() - 1 ? text.text().length() : text.map(from);
            if (end > start) {
                out.add(new TextSegment(text.text().substring(start, end), s.mark(), s.category()));
            }
        }
        return out;
    }

    private static Exhibit exhibit(Exhibit x, Log log) {
        String at = "exhibits[" + x.id() + "]";
        return new Exhibit(x.id(), log.text(x.name(), at + ".name"), log.text(x.originalPath(), at + ".path"),
                x.sourceKind(), x.mediaType(), x.sha256(), x.size(), x.parentId(), x.state(),
                log.text(x.reason(), at + ".reason"), x.passages(),
                x.facts().stream().map(f -> new Exhibit.Fact(f.key(),
                        log.text(f.value(), at + ".facts." + f.key()))).toList());
    }

    private static Timeline.Period period(List<TimelineEntry> entries) {
        TreeSet<String> days = new TreeSet<>();
        entries.stream().filter(e -> e.time() != null)
                .forEach(e -> days.add(ZonedDateTime.parse(e.time()).toLocalDate().toString()));
        return days.isEmpty() ? new Timeline.Period(null, null) : new Timeline.Period(days.first(), days.last());
    }

    /** Counts per month of the entries that remain, in each entry's own zone (the case's, as built). */
    private static List<CategoryCount> counts(List<TimelineEntry> entries) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, String> dutch = new TreeMap<>();
        for (TimelineEntry e : entries) {
            if (e.time() == null) {
                continue;
            }
            String month = ZonedDateTime.parse(e.time()).toLocalDate().toString().substring(0, 7);
            for (SuggestionView s : e.suggestions()) {
                counts.computeIfAbsent(month, m -> new TreeMap<>()).merge(s.category(), 1, Integer::sum);
                dutch.put(s.category(), s.categoryNl());
            }
        }
        List<CategoryCount> out = new ArrayList<>();
        counts.forEach((m, per) -> per.forEach((c, n) -> out.add(new CategoryCount(m, c, dutch.get(c), n))));
        return out;
    }

    /** Redacts field by field and keeps the log. */
    private static final class Log {
        final RedactionPolicy policy;
        final List<Redaction> entries = new ArrayList<>();

        Log(RedactionPolicy policy) {
            this.policy = policy;
        }

        RedactedText redact(String value, String where) {
            RedactedText r = policy.redact(value);
            for (RedactedText.Edit e : r.edits()) {
                entries.add(new Redaction(where, e.label(), e.detector()));
            }
            return r;
        }

        String text(String value, String where) {
            return redact(value, where).text();
        }
    }
}

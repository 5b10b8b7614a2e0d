package nl.patroon.core.timeline;

import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.timeline.TimelineBuilder.SourcedPassage;

/**
 * Recognises one message that reached the case several times — the same conversation exported from both
 * phones, or forwarded in an e-mail — so that the timeline shows it once, with every place it was found.
 * Two chat messages are the same message when they have the same author (the same party, or the same raw
 * name when unresolved), the same minute (Android exports have no seconds, iOS exports do) and the same text
 * up to white space. Copies are only found across evidence items: identical messages within one export are
 * distinct messages (a burst of "??" is evidence of stalking). Only messages are merged, never report paragraphs: two reports saying the same thing are
 * independent sources.
 */
public final class MessageMerger {
    private MessageMerger() {
    }

    /** One message and the other copies of it, in input order. */
    public record Merged(SourcedPassage primary, List<SourcedPassage> copies) {
        public Merged {
            copies = List.copyOf(copies);
        }
    }

    /** Merges copies; the first occurrence in the given order is the primary. Order is kept. */
    public static List<Merged> merge(List<SourcedPassage> passages) {
        Map<Object, List<SourcedPassage>> groups = new LinkedHashMap<>();
        Map<String, Integer> occurrences = new java.util.HashMap<>();
        for (SourcedPassage sp : passages) {
            String key = key(sp.passage());
            Object group = new Object();
            if (key != null) {
                // The n-th identical message of one export pairs with the n-th of another: a burst of
                // identical messages stays a burst, it is never folded into one.
                int n = occurrences.merge(sp.passage().evidenceId() + "|" + key, 1, Integer::sum);
                group = key + "#" + n;
            }
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(sp);
        }
        List<Merged> out = new ArrayList<>(groups.size());
        for (List<SourcedPassage> g : groups.values()) {
            out.add(new Merged(g.get(0), g.subList(1, g.size())));
        }
        return out;
    }

    /** The identity of a message, or null for passages that are never merged. */
    static String key(Passage p) {
        if (p.locator().message() == 0 || p.system() || p.time() == null) {
            return null;
        }
        String who = p.partyId() != null ? "party:" + p.partyId() : p.author() == null ? null : "raw:" + fold(p.author());
        if (who == null) {
            return null;
        }
        long minute = p.time().start().toInstant().truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
        return who + "|" + minute + "|" + p.text().strip().replaceAll("\\s+", " ");
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).strip();
    }
}

package nl.patroon.indexer.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One detection per category and overlapping span: the most confident, then the earliest rule. */
final class StrongestPerSpan {
    private StrongestPerSpan() {
    }

    static List<Detection> of(List<Detection> all) {
        List<Detection> kept = new ArrayList<>();
        for (Detection d : all) {
            boolean replaced = false;
            boolean dominated = false;
            for (int i = 0; i < kept.size(); i++) {
                Detection k = kept.get(i);
                if (k.category() == d.category() && k.start() < d.end() && d.start() < k.end()) {
                    if (d.confidence().ordinal() < k.confidence().ordinal()) {
                        kept.set(i, d);
                        replaced = true;
                    } else {
                        dominated = true;
                    }
                    break;
                }
            }
            if (!replaced && !dominated) {
                kept.add(d);
            }
        }
        kept.sort(Comparator.comparingInt(Detection::start).thenComparing(d -> d.category().name())
                .thenComparing(Detection::ruleId));
        return List.copyOf(kept);
    }
}

package nl.patroon.indexer.detect;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.taxonomy.Category;

/**
 * A threat made conditional on what she does is also COERCION (reference.md §0.6): "als je niet thuis bent dan
 * maak ik je af", "kom terug of ik doe mezelf wat aan", "answer the phone or I'll ...". A condition on his own
 * acts ("als ik je niet kan hebben", "if I see him") is no demand on her. Whatever rule found the threat, the
 * condition before it in the same sentence makes it a demand backed by a sanction, so every threat rule composes
 * with every way of putting a condition, instead of each phrasing being written twice.
 */
final class ConditionalThreats {
    static final String RULE = "coercion.voorwaarde";
    private static final Set<Category> THREATS = EnumSet.of(Category.THREAT_TO_KILL, Category.THREAT_OF_VIOLENCE,
            Category.THREAT_TO_OTHERS, Category.SUICIDE_THREAT, Category.THREAT_EXPOSURE, Category.CUSTODY_THREAT);
    /** A condition opening a clause before the threat, or a disjunction putting the threat as the sanction. */
    private static final Pattern CONDITION = Pattern.compile("(?iU)(?:^|[\\s,;:(])(?:(?:als|as|indien|zodra|wanneer"
            + "|tenzij|if|unless)\\s+(?:je|jij|u|you|u're|you're|youre)|of\\s+(?:ik|anders)|anders"
            + "|or\\s+(?:i|i'll|ill|else)|otherwise|zo\\s+niet)\\b");
    private static final String SENTENCE_BREAKS = ".!?\n";

    private ConditionalThreats() {
    }

    /** The detections with a COERCION added for each threat that follows a condition in its sentence. */
    static List<Detection> compose(List<Detection> ds, String text) {
        List<Detection> out = null;
        for (Detection d : ds) {
            if (!THREATS.contains(d.category()) || d.confidence() == Confidence.LOW || coerces(ds)) {
                continue;
            }
            String condition = conditionBefore(text, d.start());
            if (condition == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(ds);
            }
            out.add(new Detection(Category.COERCION, RULE, d.start(), d.end(), d.confidence(),
                    "Dreiging onder een voorwaarde (\"" + condition + " ...\"): een eis met een sanctie (dwang).",
                    "Threat under a condition (\"" + condition + " ...\"): a demand backed by a sanction (coercion).",
                    d.attributes(), d.authorsAct(), d.addressed()));
        }
        return out == null ? ds : out;
    }

    /** The message already says coercion in its own words ("anders ..." after a demand). */
    private static boolean coerces(List<Detection> ds) {
        for (Detection d : ds) {
            if (d.category() == Category.COERCION && d.confidence() != Confidence.LOW) {
                return true;
            }
        }
        return false;
    }

    /** The condition word before {@code at} in the same sentence, or null. */
    private static String conditionBefore(String text, int at) {
        int from = Math.min(at, text.length());
        while (from > 0 && SENTENCE_BREAKS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        Matcher m = CONDITION.matcher(text);
        m.region(from, Math.min(at, text.length()));
        return m.find() ? m.group().strip().replaceFirst("^[,;:(]", "") : null;
    }
}

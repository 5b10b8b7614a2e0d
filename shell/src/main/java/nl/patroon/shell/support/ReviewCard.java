package nl.patroon.shell.support;

import java.util.List;
import java.util.Map;
import nl.patroon.app.review.Review;
import nl.patroon.app.review.ReviewQueue;
import nl.patroon.core.detect.Relevance;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.incident.MergeProposal;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.timeline.TimelineBuilder;

/**
 * One suggestion as the review loop shows it: where it stands in the queue, a red flag, the category and rule with
 * the rule's explanation, its relevance (gedrag, verslag, overig), who wrote to whom and when, the message with the matched words marked and a few messages
 * around it, and the merge proposals it is part of.
 */
public final class ReviewCard {
    private ReviewCard() {
    }

    public static String render(Review.Item item, ReviewQueue.Context context, int position, int total,
                                boolean redFlag, Map<String, String> partyNames, List<MergeProposal> proposals) {
        Suggestion s = item.suggestion();
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("review.card.head", position, total, s.id(), s.category().name(),
                Messages.english() ? s.category().english() : s.category().dutch(),
                s.confidence().name().toLowerCase(java.util.Locale.ROOT), s.ruleId()));
        if (redFlag) {
            sb.append("  ").append(Colour.error(Messages.get("review.card.red-flag")));
        }
        sb.append('\n');
        sb.append(relevance(s, item.passage())).append('\n');
        String explanation = Messages.english() && s.explanationEn() != null ? s.explanationEn() : s.explanationNl();
        if (explanation != null && !explanation.isBlank()) {
            sb.append(Messages.get("review.card.why", explanation)).append('\n');
        }
        Passage p = item.passage();
        if (p == null) {
            sb.append(Messages.get("review.card.no-passage", s.passageId())).append('\n');
        } else {
            String who = name(p, partyNames);
            String target = s.attributes().target();
            sb.append(Messages.get("review.card.who", who == null ? "?" : who,
                    target == null || target.isBlank() || "unknown".equals(target) ? "?"
                            : Messages.getOr("target." + target, target),
                    p.time() == null ? Messages.get("review.card.undated")
                            : TimelineBuilder.dutchTime(p.time(), p.time().start().getZone()),
                    where(p.locator()))).append('\n');
            for (Passage before : context.before()) {
                sb.append("   ").append(line(before, partyNames)).append('\n');
            }
            sb.append(" > ").append(Colour.highlights(marked(p.text(), s.start(), s.end()))).append('\n');
            for (Passage after : context.after()) {
                sb.append("   ").append(line(after, partyNames)).append('\n');
            }
        }
        for (MergeProposal m : proposals) {
            sb.append(Messages.get("review.card.proposal", m.id(), String.join(", ", m.suggestionIds()),
                    m.incidentIds().isEmpty() ? "-" : String.join(", ", m.incidentIds()), m.reasonNl())).append('\n');
        }
        return sb.toString();
    }

    /**
     * How the suggestion bears on the case (gedrag, verslag, overig) and what that means. The model keeps no
     * reason per suggestion, so the card says what the class stands for; a suggestion stored before relevance
     * existed shows the relevance it is treated as, and says so.
     */
    static String relevance(Suggestion s, Passage p) {
        Relevance shown = s.shownAs(p != null && p.locator().message() == 0);
        String key = "relevance." + shown.name().toLowerCase(java.util.Locale.ROOT);
        return Messages.get(s.relevance() == null ? "review.card.relevance.assumed" : "review.card.relevance",
                Messages.get(key), Messages.get(key + ".means"));
    }

    /** Where the passage stands, as a clerk cites it: "p. 2, alinea 3", "bericht 1520 (regel 3041)". */
    static String where(Locator l) {
        if (l.message() > 0) {
            return l.line() > 0 ? Messages.get("locator.message.line", l.message(), l.line())
                    : Messages.get("locator.message", l.message());
        }
        String at = l.page() > 0 ? Messages.get("locator.page", l.page(), l.paragraph())
                : Messages.get("locator.paragraph", l.paragraph());
        return l.sentence() > 0 ? at + Messages.get("locator.from-sentence", l.sentence()) : at;
    }

    /** The matched words between « and », where the offsets fall inside the text. */
    static String marked(String text, int start, int end) {
        if (text == null) {
            return "";
        }
        if (start < 0 || end > text.length() || start >= end) {
            return text.replace("\n", " ");
        }
        return (text.substring(0, start) + "«" + text.substring(start, end) + "»" + text.substring(end))
                .replace("\n", " ");
    }

    private static String line(Passage p, Map<String, String> partyNames) {
        String who = name(p, partyNames);
        String text = p.text() == null ? "" : p.text().replace("\n", " ");
        return (who == null ? "" : who + ": ") + (text.length() > 160 ? text.substring(0, 159) + "…" : text);
    }

    private static String name(Passage p, Map<String, String> partyNames) {
        String party = p.partyId() == null ? null : partyNames.get(p.partyId());
        return party != null ? party : p.author();
    }
}

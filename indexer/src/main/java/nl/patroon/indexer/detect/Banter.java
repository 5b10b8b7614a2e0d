package nl.patroon.indexer.detect;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.ConversationDetector.Message;

/**
 * Laughter across messages (reference.md §0.4): a hit followed within minutes by its author's own laugh ("ik maak
 * je af" / "😂😂"), or answered by the other side laughing back, reads as banter. Its confidence drops one tier
 * and it says why; it is never removed (a "grapje" can intimidate in an abusive relationship, and whether it
 * is the suspect's is for the relevance to say).
 */
final class Banter {
    /** Laughter and joke markers, as they stand in chat text. */
    private static final Pattern LAUGH = Pattern.compile(
            "(?iU)(\\b(?:ha){2,}h?\\b|\\b(?:he){2,}\\b|\\b(?:hi){2,}\\b|\\blo+l\\b|\\blmf?ao\\b|\\bxd\\b|\\bjk\\b"
                    + "|\\bgrapje\\b|\\bgeintje\\b|\\bkidding\\b|\\bjoking\\b|😂|🤣|😆|😅|😹|😜|😝|🤪)");
    /** A message of nothing but laughter (and punctuation or spaces). */
    private static final Pattern ONLY_LAUGH = Pattern.compile("(?iU)^[\\s\\p{Punct}]*(?:" + LAUGH.pattern()
            + "[\\s\\p{Punct}]*)+$");
    private static final Duration CONTINUATION = Duration.ofMinutes(2);
    private static final Duration REPLY = Duration.ofMinutes(10);

    private Banter() {
    }

    static void mark(List<Message> ms) {
        for (int i = 0; i < ms.size(); i++) {
            Message m = ms.get(i);
            if (m.detections().isEmpty() || m.time() == null) {
                continue;
            }
            for (int j = i + 1; j < ms.size(); j++) {
                Message next = ms.get(j);
                boolean same = java.util.Objects.equals(next.author(), m.author());
                if (next.time() == null || Duration.between(m.time(), next.time()).compareTo(same ? CONTINUATION
                        : REPLY) > 0 || next.time().isBefore(m.time())) {
                    break;
                }
                String text = next.passage().text();
                if (same && ONLY_LAUGH.matcher(text).matches()) {
                    lower(m, text.strip(), "vervolgbericht lacht", "the next message laughs");
                    break;
                }
                if (same) {
                    continue; // the author goes on; an answer may still laugh back
                }
                Matcher laugh = LAUGH.matcher(text);
                if (laugh.find()) {
                    lower(m, laugh.group(), "het antwoord lacht", "the reply laughs");
                }
                break; // only the first answer tells how the message was taken
            }
        }
    }

    /** Messages of game or sport talk a conversation needs before its threats read as game talk. */
    private static final int GAME_TALK_MESSAGES = 5;
    /** ... and their least share of the conversation's messages. */
    private static final double GAME_TALK_SHARE = 0.05;
    private static final Set<Category> THREATS = EnumSet.of(Category.THREAT_TO_KILL, Category.THREAT_OF_VIOLENCE,
            Category.WEAPON);

    /**
     * A conversation about games or sport (a FIFA group, a gaming friend, a team chat: its messages carry the
     * 'game_talk' signal): a threat there addressed to the person written to ("i'm gonna destroy you", "je bent
     * dood") reads as game talk even without a game word of its own, and drops one tier, saying why.
     */
    static void markGameTalk(List<Message> ms) {
        int talk = 0;
        for (int i = 0; i < ms.size(); i++) {
            if (hasSignal(ms.get(i), "game_talk")) {
                talk++;
            }
        }
        if (talk < GAME_TALK_MESSAGES || talk < GAME_TALK_SHARE * ms.size()) {
            return;
        }
        for (int i = 0; i < ms.size(); i++) {
            Message m = ms.get(i);
            for (Detection d : m.detections()) {
                if (THREATS.contains(d.category()) && d.addressed() && !d.attributes().joking()) {
                    lower(m, "spel of sport", "het gesprek gaat over spel of sport", "the chat is about games or sport");
                    break;
                }
            }
        }
    }

    private static boolean hasSignal(Message m, String name) {
        for (Signal s : m.analysis().signals()) {
            if (s.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void lower(Message m, String words, String nl, String en) {
        List<Detection> ds = m.detections();
        for (int k = 0; k < ds.size(); k++) {
            Detection d = ds.get(k);
            if (d.ruleId().startsWith("ctx.") || d.attributes().joking()) {
                continue; // contact during an order is no joke; an already joking hit was lowered once
            }
            DetectionAttributes a = d.attributes();
            List<String> cues = new java.util.ArrayList<>(a.cues());
            cues.add(words);
            Confidence c = Confidence.values()[Math.min(Confidence.LOW.ordinal(), d.confidence().ordinal() + 1)];
            ds.set(k, new Detection(d.category(), d.ruleId(), d.start(), d.end(), c,
                    d.explanationNl() + " Let op: " + nl + " (\"" + words + "\"); zekerheid verlaagd.",
                    d.explanationEn() + " Note: " + en + " (\"" + words + "\"); confidence lowered.",
                    new DetectionAttributes(a.actor(), a.target(), a.modality(), a.negated(), a.hypothetical(), true,
                            a.severity(), cues), d.authorsAct(), d.addressed()));
        }
    }
}

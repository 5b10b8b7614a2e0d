package nl.patroon.indexer.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.Party;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.indexer.detect.CaseFacts;
import nl.patroon.indexer.detect.ConversationDetector;
import nl.patroon.indexer.detect.Detection;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.detect.RuleDetector;
import nl.patroon.core.search.IndexedPassage;

/**
 * Runs detection over the passages of one evidence item: a conversation (chat, SMS) as a whole, so the
 * context rules see across messages; anything else passage by passage. Used at ingest and when a case is
 * detected again with changed rules.
 */
public final class EvidenceDetection {
    private final Detector detector;
    private final ConversationDetector conversations;
    private final CaseFacts facts;

    public EvidenceDetection(Detector detector, CaseFile caseFile) {
        this.detector = detector;
        this.conversations = detector instanceof RuleDetector rules ? new ConversationDetector(rules) : null;
        this.facts = facts(caseFile);
    }

    /** Passages ready for the index (with their categories) and the suggestions made on them. */
    public record Result(List<IndexedPassage> passages, List<Suggestion> suggestions) {
    }

    public Result detect(String sha256, SourceKind kind, List<Passage> passages) {
        List<List<Detection>> inConversation = conversations != null && isConversation(kind)
                ? conversations.detectEach(passages, facts) : null;
        List<IndexedPassage> indexed = new ArrayList<>(passages.size());
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            List<Detection> detections = p.system() ? List.of()
                    : inConversation != null ? inConversation.get(i)
                    : detector.detect(p.text(), p.language());
            String passageId = detections.isEmpty() ? null : p.id();
            for (Detection d : detections) {
                suggestions.add(new Suggestion(null, passageId, d.category(), d.ruleId(), d.start(), d.end(),
                        p.text().substring(d.start(), d.end()), d.explanationNl(), d.explanationEn(),
                        d.confidence(), null, null, attributes(d, p)));
            }
            indexed.add(new IndexedPassage(p, sha256, categories(detections)));
        }
        return new Result(indexed, suggestions);
    }

    /** The distinct categories of a passage's detections, in order; most passages have none. */
    private static List<nl.patroon.core.taxonomy.Category> categories(List<Detection> detections) {
        if (detections.isEmpty()) {
            return List.of();
        }
        List<nl.patroon.core.taxonomy.Category> out = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            if (!out.contains(d.category())) {
                out.add(d.category());
            }
        }
        return out;
    }

    /** The detector's attributes in the case's terms; report paragraphs are statements, so reported speech. */
    private static nl.patroon.core.detect.DetectionAttributes attributes(Detection d, Passage p) {
        nl.patroon.indexer.detect.Attributes a = d.attributes();
        String modality = p.speaker() != null && "direct_message".equals(a.modality()) ? "reported_speech" : a.modality();
        return new nl.patroon.core.detect.DetectionAttributes(a.actor(), a.target(), modality, a.negated(),
                a.hypothetical(), a.joking(), a.severity(), a.cues());
    }

    static boolean isConversation(SourceKind kind) {
        return kind == SourceKind.CHAT_EXPORT || kind == SourceKind.SMS;
    }

    /** Who is suspect and who victim, for the context rules. Bans are not yet part of the case model. */
    static CaseFacts facts(CaseFile file) {
        Set<String> suspects = new HashSet<>();
        Set<String> victims = new HashSet<>();
        for (Party p : file.parties()) {
            if (p.role() == PartyRole.VERDACHTE) {
                suspects.add(p.id());
            } else if (p.role() == PartyRole.SLACHTOFFER) {
                victims.add(p.id());
            }
        }
        return new CaseFacts(suspects, victims, List.of());
    }
}

package nl.patroon.indexer.ingest;

import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.detect.Suggestion;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.taxonomy.Category;
import nl.patroon.indexer.detect.CaseContext;
import nl.patroon.indexer.detect.Detection;
import nl.patroon.indexer.detect.Detector;
import nl.patroon.indexer.detect.Exchange;
import nl.patroon.indexer.detect.RelevanceRules;
import nl.patroon.core.search.IndexedPassage;

/**
 * Runs detection over the passages of one evidence item: a conversation (chat, SMS) as a whole, through the
 * detector's conversation reading, so rules across messages see the case (who is who, the orders in force);
 * anything else passage by passage. Each suggestion gets its relevance from who wrote to whom. Used at ingest
 * and when a case is detected again with changed rules.
 */
public final class EvidenceDetection {
    private final Detector detector;
    private final CaseContext context;

    /** With the case's parties and protective orders (contact during an order becomes ORDER_VIOLATION). */
    public EvidenceDetection(Detector detector, CaseFile caseFile) {
        this(detector, CaseContext.of(caseFile.parties(), caseFile.orders()));
    }

    public EvidenceDetection(Detector detector, CaseContext context) {
        this.detector = detector;
        this.context = context;
    }

    /** Passages ready for the index (with their categories) and the suggestions made on them. */
    public record Result(List<IndexedPassage> passages, List<Suggestion> suggestions) {
    }

    public Result detect(String sha256, SourceKind kind, List<Passage> passages) {
        boolean conversation = isConversation(kind);
        List<List<Detection>> inConversation = conversation ? detector.detectConversation(passages, context) : null;
        Exchange.Participants participants = null;
        List<IndexedPassage> indexed = new ArrayList<>(passages.size());
        List<Suggestion> suggestions = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            List<Detection> detections = p.system() ? List.of()
                    : inConversation != null ? inConversation.get(i)
                    : detector.detect(p.text(), p.language());
            if (!detections.isEmpty()) {
                Exchange exchange;
                if (conversation) {
                    // Participants only for a chat that has a detection at all: most have none.
                    participants = participants == null ? Exchange.Participants.of(passages) : participants;
                    exchange = participants.of(p, context);
                } else {
                    exchange = exchange(kind, p);
                }
                for (Detection d : detections) {
                    suggestions.add(new Suggestion(null, p.id(), d.category(), d.ruleId(), d.start(), d.end(),
                            p.text().substring(d.start(), d.end()), d.explanationNl(), d.explanationEn(),
                            d.confidence(), null, null, attributes(d, p), RelevanceRules.of(d, exchange)));
                }
            }
            indexed.add(new IndexedPassage(p, sha256, categories(detections)));
        }
        return new Result(indexed, suggestions);
    }

    /** A report or file is an account; an e-mail or a single message is an exchange between its author and others. */
    private Exchange exchange(SourceKind kind, Passage p) {
        if (isDocument(kind) || p.speaker() != null) {
            return Exchange.DOCUMENT;
        }
        return Exchange.Participants.of(List.of(p)).of(p, context);
    }

    /** The distinct categories of a passage's detections, in order; most passages have none. */
    private static List<Category> categories(List<Detection> detections) {
        if (detections.isEmpty()) {
            return List.of();
        }
        List<Category> out = new ArrayList<>(detections.size());
        for (Detection d : detections) {
            if (!out.contains(d.category())) {
                out.add(d.category());
            }
        }
        return out;
    }

    /** Report paragraphs are statements: what a speaker says in one is reported speech. */
    private static DetectionAttributes attributes(Detection d, Passage p) {
        DetectionAttributes a = d.attributes();
        if (p.speaker() == null || !"direct_message".equals(a.modality())) {
            return a;
        }
        return new DetectionAttributes(a.actor(), a.target(), "reported_speech", a.negated(), a.hypothetical(),
                a.joking(), a.severity(), a.cues());
    }

    static boolean isConversation(SourceKind kind) {
        return kind == SourceKind.CHAT_EXPORT || kind == SourceKind.SMS;
    }

    static boolean isDocument(SourceKind kind) {
        return switch (kind) {
            case PROCES_VERBAAL_AANGIFTE, PROCES_VERBAAL_BEVINDINGEN, PROCES_VERBAAL_VERHOOR, VEILIG_THUIS,
                    MEDICAL -> true;
            default -> false;
        };
    }
}

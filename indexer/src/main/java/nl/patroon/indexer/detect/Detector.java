package nl.patroon.indexer.detect;

import java.util.ArrayList;
import java.util.List;
import nl.patroon.core.passage.Passage;

/**
 * Finds behaviour in text. Detectors suggest; people decide. Implementations must be thread-safe and
 * deterministic (same text, same detections, same order).
 */
public interface Detector {

    /**
     * @param text     the passage text
     * @param language ISO 639-1 code ({@code nl}, {@code en}) or null when unknown
     */
    List<Detection> detect(String text, String language);

    /**
     * The detections of each message of one conversation (chat, SMS), in the order given, with what the case
     * knows (who is who, the orders in force). A detector that reads across messages (a burst, a demand and
     * its "anders ...", contact during a contactverbod) overrides this; the default reads each message alone
     * and gives the app's own lines none.
     */
    default List<List<Detection>> detectConversation(List<Passage> conversation, CaseContext context) {
        List<List<Detection>> out = new ArrayList<>(conversation.size());
        for (Passage p : conversation) {
            out.add(p.system() ? List.of() : detect(p.text(), p.language()));
        }
        return out;
    }
}

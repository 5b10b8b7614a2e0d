package nl.patroon.indexer.detect;

/**
 * A match of a signal rule: phrasing that is no behaviour on its own ("waar ben je") but counts in the
 * cross-message rules of {@link ConversationDetector}.
 */
public record Signal(String name, String ruleId, int start, int end) {
}

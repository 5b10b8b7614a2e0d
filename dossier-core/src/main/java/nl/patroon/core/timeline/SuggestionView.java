package nl.patroon.core.timeline;

/** A suggestion as shown in a timeline: what, why, how sure, and whether a person has looked at it. */
public record SuggestionView(String id, String category, String categoryNl, String rule, int start, int end,
                             String matched, String explanation, String confidence, String state,
                             String stateNl, nl.patroon.core.detect.DetectionAttributes attributes,
                             String signalsNl, String relevance) {
}

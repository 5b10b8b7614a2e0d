package nl.patroon.core.timeline;

/**
 * A run of passage text, marked when a suggestion's matched span covers it. Renderers print segments
 * (escaping each) instead of splicing markup into text, so highlighting can never inject markup.
 *
 * @param category the taxonomy id of the suggestion that marks this run, or null
 */
public record TextSegment(String text, boolean mark, String category) {
}

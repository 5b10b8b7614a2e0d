package nl.patroon.core.search;

import java.util.List;

/** Hits in passage order, and how many passages matched in all. */
public record SearchResult(String query, long totalHits, List<SearchHit> hits) {
}

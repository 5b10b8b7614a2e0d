package nl.patroon.core.timeline;

/** How many suggestions of one category fall in one calendar month (yyyy-MM, in the case's zone). */
public record CategoryCount(String month, String category, String categoryNl, int count) {
}

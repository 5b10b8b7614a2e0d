package nl.patroon.core.analysis;

import java.util.List;
import java.util.Map;

/**
 * Incidents per category per period, every period from the first to the last shown, empty ones included.
 *
 * @param unit       "week" (ISO weeks, 2024-W23) or "maand" (2024-06)
 * @param periods    the period labels, in order
 * @param total      per period, the number of incidents (an incident with two categories counts once)
 * @param categories per category id, its count in each period (aligned with {@code periods}); only categories
 *                   that occur at all
 */
public record PeriodTable(String unit, List<String> periods, List<Integer> total,
                          Map<String, List<Integer>> categories) {
    public PeriodTable {
        periods = List.copyOf(periods);
        total = List.copyOf(total);
        categories = Map.copyOf(categories);
    }
}

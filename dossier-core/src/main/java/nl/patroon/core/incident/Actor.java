package nl.patroon.core.incident;

import java.util.Locale;

/**
 * Whose behaviour an incident is. Pattern counts and red flags count only the suspect's behaviour: the
 * victim's own words ("ik vermoord je als je mijn chips opeet 😂", "ik ben bang dat hij me vermoordt") are never
 * the suspect's threat.
 */
public enum Actor {
    SUSPECT, VICTIM, THIRD, UNKNOWN;

    /** From a detection's actor attribute (suspect, victim, child, third, unknown). */
    public static Actor fromAttribute(String actor) {
        if (actor == null) {
            return UNKNOWN;
        }
        return switch (actor.toLowerCase(Locale.ROOT)) {
            case "suspect" -> SUSPECT;
            case "victim" -> VICTIM;
            case "child", "third" -> THIRD;
            default -> UNKNOWN;
        };
    }
}

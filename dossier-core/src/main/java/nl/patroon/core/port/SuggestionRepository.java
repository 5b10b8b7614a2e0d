package nl.patroon.core.port;

import java.util.List;
import nl.patroon.core.detect.Suggestion;

/** The detectors' suggestions and their review state. */
public interface SuggestionRepository {

    /**
     * Replaces the open suggestions of one evidence item (re-detection after a crash or a rule change) and
     * assigns ids to the new ones. Reviewed suggestions are kept untouched.
     */
    List<Suggestion> replaceOpenSuggestions(String evidenceId, List<Suggestion> fresh);

    /** All suggestions, in id order. */
    List<Suggestion> all();
}

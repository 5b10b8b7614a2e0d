package nl.patroon.core.review;

import java.util.Objects;
import nl.patroon.core.detect.ReviewState;
import nl.patroon.core.problem.Problem;

/**
 * Where one suggestion stands after review: its state, the incident it was confirmed into, the reason it was
 * rejected or set aside. A confirmation always names its incident: nothing is confirmed as a loose fact.
 *
 * @param incidentId I-0001 for CONFIRMED, else null
 * @param reason     required for REJECTED ("grap"), optional for SET_ASIDE, else null
 */
public record Decision(ReviewState state, String incidentId, String reason) {
    public static final Decision OPEN = new Decision(ReviewState.OPEN, null, null);

    public Decision {
        Objects.requireNonNull(state, "state");
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (state == ReviewState.CONFIRMED && (incidentId == null || incidentId.isBlank())) {
            throw new IllegalArgumentException("Een bevestiging hoort bij een incident.");
        }
        if (state != ReviewState.CONFIRMED && incidentId != null) {
            throw new IllegalArgumentException("Alleen een bevestigde suggestie hoort bij een incident.");
        }
        if (state == ReviewState.REJECTED && reason == null) {
            throw Problem.of("review.no-reason").exception();
        }
    }

    public static Decision confirmed(String incidentId) {
        return new Decision(ReviewState.CONFIRMED, incidentId, null);
    }

    public static Decision rejected(String reason) {
        return new Decision(ReviewState.REJECTED, null, reason);
    }

    public static Decision setAside(String reason) {
        return new Decision(ReviewState.SET_ASIDE, null, reason);
    }
}

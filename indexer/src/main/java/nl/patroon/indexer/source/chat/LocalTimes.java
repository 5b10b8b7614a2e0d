package nl.patroon.indexer.source.chat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;

/**
 * Places the wall-clock times of chat exports in a zone. Around daylight-saving changes a local time can
 * be missing (the spring gap) or occur twice (the autumn overlap); both are reported, never hidden.
 */
public final class LocalTimes {
    private LocalTimes() {
    }

    /** How a local time fitted into the zone. */
    public enum Fit {
        /** Exactly one instant. */
        EXACT,
        /** The local time does not exist (clocks went forward); moved forward by the length of the gap. */
        GAP,
        /** The local time occurred twice (clocks went back); the earlier offset is taken. */
        OVERLAP
    }

    /** A placed time and how it fitted. */
    public record Placed(ZonedDateTime at, Fit fit) {
    }

    public static Placed place(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        // ofLocal with no preferred offset takes the earlier offset in an overlap and shifts a gap forward.
        ZonedDateTime at = ZonedDateTime.ofLocal(local, zone, null);
        if (transition == null) {
            return new Placed(at, Fit.EXACT);
        }
        return new Placed(at, transition.isGap() ? Fit.GAP : Fit.OVERLAP);
    }
}

package nl.patroon.core.incident;

import java.util.List;
import java.util.TreeSet;

/**
 * How independently an incident is supported (art. 342 lid 2 Sv, unus testis nullus testis; reference.md §2.3).
 * Supports are counted by origin, not by document: the aangifte, the Veilig Thuis note retelling her account
 * and her e-mail to her lawyer are one origin, the victim. The suspect's own messages, a witness's own
 * observation, the officers' observation, a doctor's findings and photos each count on their own.
 *
 * @param origins            the distinct independence keys, sorted (VICTIM, SUSPECT, POLICE:E-0002, …)
 * @param independentOrigins how many of those are of a known origin
 * @param besidesVictim      how many known origins other than the victim (reference.md's
 *                           independent_support_count)
 * @param victimOnly         the incident rests on the victim's statement alone (UNUS_TESTIS flag)
 * @param unknownOrigins     supports whose origin nobody has set; they count for nothing until someone does
 */
public record Corroboration(String incidentId, List<String> origins, int independentOrigins, int besidesVictim,
                            boolean victimOnly, int unknownOrigins) {

    public static Corroboration of(Incident incident) {
        TreeSet<String> keys = new TreeSet<>();
        int unknown = 0;
        boolean victim = false;
        for (SupportingPassage s : incident.supports()) {
            if (s.origin() == SourceOrigin.UNKNOWN) {
                unknown++;
                continue;
            }
            victim |= s.origin() == SourceOrigin.VICTIM;
            keys.add(s.independenceKey());
        }
        int besides = keys.size() - (victim ? 1 : 0);
        return new Corroboration(incident.id(), List.copyOf(keys), keys.size(), besides, victim && besides == 0,
                unknown);
    }
}

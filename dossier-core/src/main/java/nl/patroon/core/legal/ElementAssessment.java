package nl.patroon.core.legal;

import java.util.List;

/**
 * How far the confirmed incidents cover one element.
 *
 * @param status      covered (gedekt), gap (leemte: nothing in the incidents supports it), or to assess (ter
 *                    beoordeling: support may be there but the element needs a person's judgement)
 * @param incidentIds the incidents that support it, in id order
 * @param notes       Dutch remarks: the repetition figures, incidents resting on the victim alone
 */
public record ElementAssessment(String id, String name, String explanation, Status status, String statusNl,
                                List<String> incidentIds, List<String> notes) {
    public enum Status {
        COVERED("gedekt"), GAP("leemte"), TO_ASSESS("ter beoordeling");

        private final String dutch;

        Status(String dutch) {
            this.dutch = dutch;
        }

        public String dutch() {
            return dutch;
        }
    }

    public ElementAssessment {
        incidentIds = List.copyOf(incidentIds);
        notes = List.copyOf(notes);
    }
}

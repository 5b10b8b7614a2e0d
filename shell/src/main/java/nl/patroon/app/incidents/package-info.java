/**
 * Incidents ({@link nl.patroon.app.incidents.Incidents}): added by hand, linked and unlinked passages, merged and
 * split; merge proposals ({@link nl.patroon.app.incidents.Proposals}) accepted or refused. Every change is stored as
 * a review action with the incidents' states before and after, so it is audited and undone like a review decision.
 */
package nl.patroon.app.incidents;

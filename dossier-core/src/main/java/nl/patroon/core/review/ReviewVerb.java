package nl.patroon.core.review;

/**
 * What a person did: a review decision, an undo, or a change to incidents (which is undone the same way: the
 * action keeps the incidents' states before and after). The audit-log action name is {@link #auditAction()}.
 */
public enum ReviewVerb {
    CONFIRM("review.confirm", "bevestigd"),
    REJECT("review.reject", "verworpen"),
    SET_ASIDE("review.setaside", "terzijde gelegd"),
    REOPEN("review.reopen", "heropend"),
    UNDO("review.undo", "ongedaan gemaakt"),
    INCIDENT_ADD("incident.add", "incident toegevoegd"),
    INCIDENT_LINK("incident.link", "passage gekoppeld"),
    INCIDENT_UNLINK("incident.unlink", "passage ontkoppeld"),
    INCIDENT_MERGE("incident.merge", "incidenten samengevoegd"),
    INCIDENT_SPLIT("incident.split", "incident gesplitst"),
    PROPOSAL_ACCEPT("incident.proposal.accept", "voorstel aanvaard"),
    PROPOSAL_REFUSE("incident.proposal.refuse", "voorstel geweigerd");

    private final String auditAction;
    private final String dutch;

    ReviewVerb(String auditAction, String dutch) {
        this.auditAction = auditAction;
        this.dutch = dutch;
    }

    public String auditAction() {
        return auditAction;
    }

    public String dutch() {
        return dutch;
    }
}

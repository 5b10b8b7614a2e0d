package nl.patroon.core.review;

/** What a person did. The audit-log action is {@code review.} plus the code. */
public enum ReviewVerb {
    CONFIRM("confirm", "bevestigd"),
    REJECT("reject", "verworpen"),
    SET_ASIDE("setaside", "terzijde gelegd"),
    REOPEN("reopen", "heropend"),
    UNDO("undo", "ongedaan gemaakt");

    private final String code;
    private final String dutch;

    ReviewVerb(String code, String dutch) {
        this.code = code;
        this.dutch = dutch;
    }

    public String code() {
        return code;
    }

    public String dutch() {
        return dutch;
    }
}

package nl.patroon.core.casefile;

import java.util.Arrays;
import java.util.Locale;
import nl.patroon.core.problem.Problem;

/** The role a person plays in the case. Codes are the Dutch terms used on the command line and in exports. */
public enum PartyRole {
    SLACHTOFFER("slachtoffer", "victim"),
    VERDACHTE("verdachte", "suspect"),
    KIND("kind", "child"),
    GETUIGE("getuige", "witness"),
    DERDE("derde", "third party");

    private final String code;
    private final String english;

    PartyRole(String code, String english) {
        this.code = code;
        this.english = english;
    }

    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    /** Accepts the Dutch code or the English word, in any case. */
    public static PartyRole parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(r -> r.code.equals(t) || r.english.equals(t) || r.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(() -> Problem.of("party.role-unknown", text).exception());
    }
}

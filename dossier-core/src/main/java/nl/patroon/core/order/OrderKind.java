package nl.patroon.core.order;

import java.util.Arrays;
import java.util.Locale;
import nl.patroon.core.problem.Problem;

/**
 * The kinds of protective order and family procedure a case records. Codes are the Dutch terms used on the
 * command line and in exports. The first four restrict the person they are against; the last two are family
 * procedures that may require contact (and so conflict with a criminal contactverbod).
 */
public enum OrderKind {
    HUISVERBOD("huisverbod", "temporary restraining order (Wet tijdelijk huisverbod)", true),
    CONTACTVERBOD("contactverbod", "contact ban", true),
    LOCATIEVERBOD("locatieverbod", "location ban", true),
    STRAATVERBOD("straatverbod", "street ban", true),
    OMGANG("omgang", "contact arrangement with the children (omgangsregeling)", false),
    OTS("ots", "family supervision order (ondertoezichtstelling)", false);

    private final String code;
    private final String english;
    private final boolean restraining;

    OrderKind(String code, String english, boolean restraining) {
        this.code = code;
        this.english = english;
        this.restraining = restraining;
    }

    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    /** True for an order that forbids contact or presence: contact inside its period is a breach. */
    public boolean restraining() {
        return restraining;
    }

    /** Accepts the Dutch code or the enum name, in any case. */
    public static OrderKind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> k.code.equals(t) || k.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(() -> Problem.of("order.kind-unknown", text).exception());
    }
}

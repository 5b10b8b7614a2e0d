package nl.patroon.core.redaction;

import java.util.Arrays;
import java.util.Locale;
import nl.patroon.core.problem.Problem;

/**
 * Who an export is for. The audience decides what is redacted and whether unreviewed suggestions appear:
 * the court gets the full text; the defence and the other parent get a redacted copy (the victim's address,
 * the children's school, phone numbers, …); the working version is for the case team only, shows open
 * suggestions too and says so on every page.
 */
public enum Audience {
    RECHTBANK("rechtbank", "court", false, false),
    VERDEDIGING("verdediging", "defence", true, false),
    WEDERPARTIJ("wederpartij", "other party", true, false),
    WERKVERSIE("werkversie", "working version", false, true);

    private final String code;
    private final String english;
    private final boolean redacted;
    private final boolean internal;

    Audience(String code, String english, boolean redacted, boolean internal) {
        this.code = code;
        this.english = english;
        this.redacted = redacted;
        this.internal = internal;
    }

    public String code() {
        return code;
    }

    public String english() {
        return english;
    }

    /** True when personal details are removed before rendering. */
    public boolean redacted() {
        return redacted;
    }

    /** True for the case team's own copy: open suggestions are shown and every page carries a watermark. */
    public boolean internal() {
        return internal;
    }

    /** Accepts the Dutch code, the English name or the enum name, in any case. */
    public static Audience parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(a -> a.code.equals(t) || a.english.equals(t) || a.name().equalsIgnoreCase(t))
                .findFirst()
                .orElseThrow(() -> Problem.of("export.audience-unknown", text).exception());
    }
}

package nl.patroon.core.legal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import nl.patroon.core.problem.Problem;

/** Facts about the incidents (beyond their categories) that an element can rest on; the names used in the files. */
public enum Fact {
    /** A restraining order was in force on the incident's day. */
    ORDER_IN_FORCE("order_in_force"),
    /** Enough incidents, on enough days, over a long enough span (the element's repetition reading aid). */
    REPETITION("repetition"),
    /** The suspect's own words are among the supports (a message he sent: it reached her). */
    SUSPECT_OWN_WORDS("suspect_own_words"),
    /** Support besides the victim's statement (art. 342 lid 2 Sv). */
    INDEPENDENT_SUPPORT("independent_support"),
    /** A doctor's or psychologist's documentation is among the supports. */
    MEDICAL_DOCUMENTATION("medical_documentation");

    private final String code;

    Fact(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    @JsonCreator
    public static Fact parse(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst()
                .orElseThrow(() -> Problem.of("fact.unknown", code,
                        String.join(", ", Arrays.stream(values()).map(Fact::code).toList())).exception());
    }
}

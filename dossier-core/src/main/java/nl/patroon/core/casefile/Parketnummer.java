package nl.patroon.core.casefile;

import java.util.regex.Pattern;
import nl.patroon.core.problem.Problem;

/**
 * The Openbaar Ministerie's case number, e.g. {@code 10/123456-24}. Arrondissement code, six digits, year;
 * some courts write dots or dashes instead of the slash ({@code 08.087329.23}, {@code 05-780013-20}).
 */
public record Parketnummer(String value) {
    private static final Pattern FORM = Pattern.compile("\\d{2}[/.\\-]\\d{6}[.\\-]\\d{2}");

    public Parketnummer {
        if (value == null || !FORM.matcher(value.trim()).matches()) {
            throw Problem.of("parketnummer.invalid", value).exception();
        }
        value = value.trim();
    }

    @Override
    public String toString() {
        return value;
    }
}

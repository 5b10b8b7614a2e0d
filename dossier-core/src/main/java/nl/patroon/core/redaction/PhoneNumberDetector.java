package nl.patroon.core.redaction;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers, Dutch (06-12345678, 010 123 4567, +31 6 1234 5678, 0031…) and international in E.164
 * (+447911123456). libphonenumber finds the numbers a Dutch reader would dial; a plain pattern adds what it
 * does not hold valid for its region, so that a number in an odd grouping is still removed.
 */
final class PhoneNumberDetector implements Detector {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** +CC followed by 7 to 14 digits, or a Dutch national number: 0 and nine digits, with spaces, dots or dashes. */
    private static final Pattern PLAIN = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)[1-9](?:[ .-]?\\(?\\d\\)?){7,14}|0[ .-]?\\(?\\d\\)?(?:[ .-]?\\d){8})(?!\\d)");
    private final String label;

    PhoneNumberDetector(String label) {
        this.label = label;
    }

    @Override
    public String id() {
        return "telefoonnummer";
    }

    @Override
    public List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        for (PhoneNumberMatch m : UTIL.findNumbers(text, "NL", PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            out.add(new Span(m.start(), m.end(), label, id()));
        }
        Matcher m = PLAIN.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), label, id()));
        }
        return out;
    }
}

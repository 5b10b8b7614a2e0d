package nl.patroon.core.redaction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The built-in detectors for Dutch case files: postal addresses and postcodes, e-mail addresses, BSN (with the
 * eleven test) and phone numbers ({@link PhoneNumberDetector}). Each errs on the side of removing: a
 * redaction too many costs a reader a detail, one too few can cost a victim her safety. The per-case list
 * ({@link RedactionList}) covers what no pattern can know: the shelter's and the school's names.
 */
public final class Detectors {
    public static final String ADDRESS = "[adres]";
    public static final String POSTCODE = "[postcode]";
    public static final String EMAIL = "[e-mailadres]";
    public static final String BSN = "[BSN]";
    public static final String PHONE = "[telefoonnummer]";

    /** Endings of Dutch street names; "Dorpsstraat 12", "Burg. de Vlugtlaan 3a", "Oude Gracht 7-II". */
    private static final String STREET_ENDINGS = "straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|hof|pad|dreef"
            + "|park|plantsoen|markt|baan|wal|burgwal|veld|erf|straatweg|dam|dal|kwartier|ring|haven|boulevard|allee"
            + "|hoeve|polder|zijde|vaart|brink|laantje|straatje|pleintje|hage|oord|akker|weide|wijk|kamp|gaarde";

    static final Pattern ADDRESS_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])"
            // words before the last part of the name: a capitalised word first, then capitalised words,
            // abbreviations or particles ("Burgemeester van Walsumweg"); a lone "de" before it stays
            + "(?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|van|de|der|den|het|'t|op|ter|ten|te|in)\\s+){0,3})?"
            + "[\\p{L}'’.-]*(?i:" + STREET_ENDINGS + ")"
            + "\\s+(?:nr\\.?\\s*|nummer\\s+)?\\d{1,5}"
            + "(?:\\s?-\\s?(?:\\d{1,4}|[IVX]{1,4})|\\s?[a-zA-Z](?![\\p{L}])|\\s?(?:hs|bis|zw|rd|bg)(?![\\p{L}]))?"
            + "(?![\\p{L}\\p{N}])",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** 1234 AB, 1234AB; SA, SD and SS are never issued. The place name after it goes too. */
    static final Pattern POSTCODE_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[1-9]\\d{3}\\s?(?!SA|SD|SS)[A-Z]{2}(?![\\p{L}\\p{N}])"
            + "(?:\\s+(?:'s-|\\p{Lu})[\\p{L}-]+)?");

    static final Pattern EMAIL_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Nine digits, optionally grouped 123.456.782 or 123 456 782. */
    static final Pattern BSN_PATTERN = Pattern.compile(
            "(?<![\\d+.-])\\d{3}[ .]?\\d{2,3}[ .]?\\d{3,4}(?![\\d-])");

    private Detectors() {
    }

    public static Detector addresses() {
        return new PatternDetector("adres", ADDRESS_PATTERN, ADDRESS, s -> true);
    }

    public static Detector postcodes() {
        return new PatternDetector("postcode", POSTCODE_PATTERN, POSTCODE, s -> true);
    }

    public static Detector emailAddresses() {
        return new PatternDetector("e-mailadres", EMAIL_PATTERN, EMAIL, s -> true);
    }

    public static Detector bsn() {
        return new PatternDetector("bsn", BSN_PATTERN, BSN, s -> elevenTest(s.replaceAll("[ .]", "")));
    }

    public static Detector phoneNumbers() {
        return new PhoneNumberDetector(PHONE);
    }

    /** The detectors every redacted export runs, in a fixed order. */
    public static List<Detector> standard() {
        return List.of(emailAddresses(), bsn(), phoneNumbers(), postcodes(), addresses());
    }

    /**
     * The BSN eleven test (elfproef): 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a positive multiple of 11. Nine digits
     * only; 000000000 fails.
     */
    public static boolean elevenTest(String digits) {
        if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum > 0 && sum % 11 == 0;
    }
}

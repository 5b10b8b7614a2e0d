package nl.patroon.indexer.attribution;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.core.casefile.Party;

/**
 * Resolves a raw author (chat name, phone number, e-mail address, "Naam &lt;adres&gt;") to a party through
 * the parties' names and aliases: names without case or diacritics, phone numbers as E.164 (default region
 * NL, through libphonenumber), e-mail addresses case-insensitively.
 */
public final class AuthorResolver {
    private static final Pattern ADDRESS = Pattern.compile("<?([^<>\\s]+@[^<>\\s]+)>?");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

    private final Map<String, String> partyByKey = new HashMap<>();

    public AuthorResolver(List<Party> parties) {
        for (Party p : parties) {
            register(p.name(), p.id());
            p.aliases().forEach(a -> register(a, p.id()));
        }
    }

    private void register(String raw, String partyId) {
        keys(raw).forEach(k -> partyByKey.putIfAbsent(k, partyId));
    }

    /** The party id for a raw author, if any alias matches. */
    public Optional<String> resolve(String rawAuthor) {
        if (rawAuthor == null || rawAuthor.isBlank()) {
            return Optional.empty();
        }
        return keys(rawAuthor).stream().map(partyByKey::get).filter(java.util.Objects::nonNull).findFirst();
    }

    /** Normalised lookup keys for one raw string: e-mail address, E.164 number, folded name. */
    public static List<String> keys(String raw) {
        String s = raw.strip();
        java.util.ArrayList<String> keys = new java.util.ArrayList<>();
        Matcher mail = ADDRESS.matcher(s);
        if (mail.find()) {
            keys.add("mail:" + mail.group(1).toLowerCase(Locale.ROOT));
            String name = s.substring(0, mail.start()).replace("\"", "").strip();
            if (!name.isEmpty()) {
                keys.add("name:" + foldName(name));
            }
            return keys;
        }
        e164(s).ifPresent(n -> keys.add("tel:" + n));
        keys.add("name:" + foldName(s));
        return keys;
    }

    static Optional<String> e164(String s) {
        String digits = s.replaceAll("[\\s\\-().\\u00A0\\u202A\\u202C\\u200E]", "");
        if (!digits.matches("\\+?\\d{6,15}")) {
            return Optional.empty();
        }
        try {
            var number = PHONES.parse(digits, "NL");
            return PHONES.isPossibleNumber(number)
                    ? Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    static String foldName(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD);
        return DIACRITICS.matcher(n).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}

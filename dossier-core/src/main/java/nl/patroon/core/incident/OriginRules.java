package nl.patroon.core.incident;

import java.util.Locale;
import java.util.Map;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.evidence.SourceKind;

/**
 * The default origin of a passage, from the kind of document, the speaker the report names and the role of the
 * message's author. A person can always set another origin on a supporting passage; this is the proposal.
 * <ul>
 *   <li>messages (chat, sms, e-mail, screenshot): the author's role — the suspect's own words, the victim's,
 *       a witness's;</li>
 *   <li>an aangifte is the victim's statement; a proces-verbaal van bevindingen is police observation unless
 *       the paragraph gives the victim's words ("aangeefster verklaarde");</li>
 *   <li>a Veilig Thuis file is de auditu from the victim unless the speaker is a professional who saw it;</li>
 *   <li>a medical letter is medical documentation.</li>
 * </ul>
 */
public final class OriginRules {
    private static final Map<String, SourceOrigin> SPEAKERS = Map.ofEntries(
            Map.entry("aangeefster", SourceOrigin.VICTIM), Map.entry("aangever", SourceOrigin.VICTIM),
            Map.entry("slachtoffer", SourceOrigin.VICTIM), Map.entry("melder", SourceOrigin.VICTIM),
            Map.entry("verdachte", SourceOrigin.SUSPECT), Map.entry("getuige", SourceOrigin.WITNESS),
            Map.entry("school", SourceOrigin.WITNESS), Map.entry("leerkracht", SourceOrigin.WITNESS),
            Map.entry("buurvrouw", SourceOrigin.WITNESS), Map.entry("buurman", SourceOrigin.WITNESS),
            Map.entry("verbalisant", SourceOrigin.POLICE), Map.entry("verbalisanten", SourceOrigin.POLICE),
            Map.entry("forensisch arts", SourceOrigin.MEDICAL), Map.entry("arts", SourceOrigin.MEDICAL),
            Map.entry("huisarts", SourceOrigin.MEDICAL));

    private OriginRules() {
    }

    /**
     * @param kind       the evidence item's kind
     * @param speaker    the speaker the report names for this paragraph, or null
     * @param authorRole the role of the party who wrote the message, or null when unresolved
     */
    public static SourceOrigin classify(SourceKind kind, String speaker, PartyRole authorRole) {
        SourceOrigin bySpeaker = speaker == null ? null : SPEAKERS.get(speaker.strip().toLowerCase(Locale.ROOT));
        return switch (kind) {
            case CHAT_EXPORT, SMS, EMAIL, SCREENSHOT -> byAuthor(authorRole);
            case PROCES_VERBAAL_AANGIFTE -> bySpeaker == null ? SourceOrigin.VICTIM : bySpeaker;
            case PROCES_VERBAAL_BEVINDINGEN -> bySpeaker == null ? SourceOrigin.POLICE : bySpeaker;
            case PROCES_VERBAAL_VERHOOR -> bySpeaker == null ? SourceOrigin.UNKNOWN : bySpeaker;
            // Veilig Thuis retells what it was told; only a named professional's own observation stands apart.
            case VEILIG_THUIS -> bySpeaker == SourceOrigin.WITNESS || bySpeaker == SourceOrigin.MEDICAL
                    ? bySpeaker : SourceOrigin.VICTIM;
            case MEDICAL -> SourceOrigin.MEDICAL;
            case ARCHIVE, OTHER -> bySpeaker == null ? SourceOrigin.UNKNOWN : bySpeaker;
        };
    }

    private static SourceOrigin byAuthor(PartyRole role) {
        if (role == null) {
            return SourceOrigin.UNKNOWN;
        }
        return switch (role) {
            case VERDACHTE -> SourceOrigin.SUSPECT;
            case SLACHTOFFER -> SourceOrigin.VICTIM;
            case GETUIGE, DERDE, KIND -> SourceOrigin.WITNESS;
        };
    }
}

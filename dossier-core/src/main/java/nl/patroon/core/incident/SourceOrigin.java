package nl.patroon.core.incident;

/**
 * Whose knowledge a supporting passage ultimately rests on (reference.md §2.3–2.4). What someone only repeats
 * from the victim (de auditu: a Veilig Thuis note "moeder vertelt", a friend retelling) is VICTIM: it derives
 * from her statement and adds no independent support. What a witness, an officer or a doctor observed
 * themselves is independent of her.
 */
public enum SourceOrigin {
    VICTIM("verklaring slachtoffer", "victim's statement"),
    SUSPECT("eigen berichten of verklaring verdachte", "suspect's own messages or statement"),
    WITNESS("getuige (eigen waarneming)", "third-party witness"),
    POLICE("waarneming politie", "police observation"),
    MEDICAL("medische documentatie", "medical documentation"),
    PHOTO("foto- of camerabeelden", "photographic documentation"),
    UNKNOWN("herkomst onbekend", "origin unknown");

    private final String dutch;
    private final String english;

    SourceOrigin(String dutch, String english) {
        this.dutch = dutch;
        this.english = english;
    }

    public String dutch() {
        return dutch;
    }

    public String english() {
        return english;
    }
}

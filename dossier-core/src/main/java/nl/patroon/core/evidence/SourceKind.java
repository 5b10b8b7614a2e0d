package nl.patroon.core.evidence;

/** What kind of document an evidence item is, as recognised from its format and content. */
public enum SourceKind {
    PROCES_VERBAAL_AANGIFTE("proces-verbaal van aangifte"),
    PROCES_VERBAAL_BEVINDINGEN("proces-verbaal van bevindingen"),
    PROCES_VERBAAL_VERHOOR("proces-verbaal van verhoor"),
    VEILIG_THUIS("Veilig Thuis-rapport"),
    MEDICAL("medische verklaring"),
    CHAT_EXPORT("chatexport"),
    SMS("sms"),
    EMAIL("e-mail"),
    SCREENSHOT("schermafbeelding"),
    ARCHIVE("archief"),
    OTHER("overig");

    private final String dutch;

    SourceKind(String dutch) {
        this.dutch = dutch;
    }

    /** Label shown to users. */
    public String dutch() {
        return dutch;
    }
}

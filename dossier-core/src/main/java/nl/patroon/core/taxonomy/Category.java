package nl.patroon.core.taxonomy;

/**
 * The behaviour taxonomy of the project's design: its category ids are used verbatim in rule files, exports
 * and tests; never rename one.
 */
public enum Category {
    THREAT_TO_KILL("doodsbedreiging", "threat to kill"),
    THREAT_OF_VIOLENCE("bedreiging met geweld", "threat of violence"),
    THREAT_TO_OTHERS("bedreiging van kinderen/familie/nieuwe partner/huisdier", "threat to others"),
    SUICIDE_THREAT("dreiging met zelfdoding", "suicide threat"),
    THREAT_EXPOSURE("dreigen met openbaarmaking", "threat of exposure"),
    CUSTODY_THREAT("dreigen met afpakken kinderen", "custody threat"),
    MONITORING("controle/surveillance", "monitoring"),
    ISOLATION("isolatie", "isolation"),
    ECONOMIC_CONTROL("economisch geweld", "economic control"),
    HUMILIATION("vernedering/kleinering", "humiliation"),
    JEALOUSY_POSSESSION("jaloezie/bezitterigheid", "jealousy/possession"),
    STALKING("belaging", "stalking"),
    PHYSICAL_VIOLENCE("fysiek geweld/mishandeling", "physical violence"),
    STRANGULATION("verwurging", "strangulation"),
    SEXUAL_VIOLENCE("seksueel geweld", "sexual violence"),
    WEAPON("wapen", "weapon"),
    SEPARATION("scheiding/verlating", "separation"),
    COERCION("dwang", "coercion"),
    PROPERTY_DAMAGE("vernieling", "property damage"),
    CHILD_EXPOSURE("kinderen getuige", "child exposure"),
    ORDER_VIOLATION("schending verbod", "order violation"),
    VICTIM_FEAR("angst slachtoffer", "victim fear"),
    PREGNANCY("zwangerschap", "pregnancy"),
    NONE("geen", "none");

    private final String dutch;
    private final String english;

    Category(String dutch, String english) {
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

package nl.patroon.core.detect;

/** How sure the detector is. Negation, hypotheticals and joking markers lower it; they never hide a hit. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

package nl.patroon.core.passage;

/** How precisely a passage's time is known. A court must never read a guessed time as an exact one. */
public enum TimePrecision {
    SECOND("seconde"),
    MINUTE("minuut"),
    /** "omstreeks 23.40 uur", "rond half elf": a point in time, known roughly. */
    APPROXIMATE("omstreeks"),
    DAY("dag"),
    /** "in de nacht van 7 op 8 juni", "tussen 21.30 en 22.00 uur", "in de zomer van 2023". */
    INTERVAL("periode"),
    UNKNOWN("onbekend");

    private final String dutch;

    TimePrecision(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}

package nl.patroon.core.detect;

/**
 * A suggestion's review state. Only CONFIRMED (always into an incident) reaches a court export as fact.
 * SET_ASIDE: a person looked and chose not to decide now; it leaves the review queue but is not rejected.
 */
public enum ReviewState {
    OPEN("open"), CONFIRMED("bevestigd"), REJECTED("verworpen"), SET_ASIDE("terzijde gelegd");

    private final String dutch;

    ReviewState(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}

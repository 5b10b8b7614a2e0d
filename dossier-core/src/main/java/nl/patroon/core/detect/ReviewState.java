package nl.patroon.core.detect;

/** A suggestion's review state. Only CONFIRMED reaches a court export as fact. */
public enum ReviewState {
    OPEN("open"), CONFIRMED("bevestigd"), REJECTED("verworpen");

    private final String dutch;

    ReviewState(String dutch) {
        this.dutch = dutch;
    }

    public String dutch() {
        return dutch;
    }
}

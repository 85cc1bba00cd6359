package studio.coanchor.ui.coanchor;

/** Where an anchor stands in a room, as the members list and the co-anchor windows name it. */
public enum Standing {
    OWNER("Owner"),
    CO_ANCHOR("Co-anchor"),
    MEMBER("Member"),
    PK_OPPONENT("PK");

    private final String label;

    Standing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

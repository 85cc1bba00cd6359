package studio.coanchor.app;

/** How one {@link SelfCheck} went, with what it found in words. */
record CheckOutcome(boolean passed, String detail) {

    static CheckOutcome passed(String detail) {
        return new CheckOutcome(true, detail);
    }

    static CheckOutcome failed(String detail) {
        return new CheckOutcome(false, detail);
    }
}

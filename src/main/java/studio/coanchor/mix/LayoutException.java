package studio.coanchor.mix;

/** A layout, edit or request breaks a {@link LayoutRule}; the message says which box, what is wrong and what to do. */
public final class LayoutException extends IllegalArgumentException {
    private final LayoutRule rule;

    public LayoutException(LayoutRule rule, String problem) {
        super(problem + " (rule: " + rule.words() + ")");
        this.rule = rule;
    }

    public LayoutRule rule() {
        return rule;
    }
}

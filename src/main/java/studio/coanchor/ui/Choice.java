package studio.coanchor.ui;

/**
 * One entry of a picker: what the engine takes ({@code camera:/dev/video0}, {@code HD}, {@code nvenc}) and what the
 * anchor reads. An entry that is not {@code available} is shown but cannot be picked; {@code detail} says why.
 */
public record Choice(String id, String label, boolean available, String detail) {

    public static Choice of(String id, String label) {
        return new Choice(id, label, true, "");
    }

    @Override
    public String toString() {
        return label;
    }
}

package studio.coanchor.capture;

/**
 * A capture device the user can pick.
 *
 * @param id   what to put after {@code camera:}, {@code mic:} or in a screen choice
 * @param name what to show
 */
public record Device(String id, String name, DeviceKind kind) {
}

package studio.coanchor.ui.coanchor;

/**
 * One row of the room panel's members list.
 *
 * @param you whether it is the anchor using this studio
 */
public record RoomMember(String userId, Standing standing, boolean you) {
}

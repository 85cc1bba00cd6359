package studio.coanchor.ui.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.EditHistory;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutEdit;
import studio.coanchor.mix.PictureSize;

class BoxDragTest {
    private static final PictureSize PICTURE = new PictureSize(960, 540);
    private static final Layout LAYOUT = Layout.of(PICTURE, Box.primary("alice", PICTURE),
            Box.of("bob", 2, 600, 300, 240, 135), Box.of("carol", 3, 100, 100, 200, 120));
    private static final double SNAP = 8;

    private static BoxDrag.Step drag(int layer, DragHandle handle, double dx, double dy) {
        return new BoxDrag(LAYOUT, layer, handle).to(dx, dy, SNAP);
    }

    private static List<Integer> shape(Box box) {
        return List.of(box.x(), box.y(), box.width(), box.height());
    }

    @Test
    void aBoxDraggedPastAnEdgeStopsAtIt() {
        assertEquals(List.of(720, 405, 240, 135), shape(drag(2, DragHandle.BODY, 5000, 5000).box()));
        assertEquals(List.of(0, 0, 240, 135), shape(drag(2, DragHandle.BODY, -5000, -5000).box()));
        assertEquals(List.of(760, 100, 200, 120), shape(drag(3, DragHandle.BODY, 5000, 0).box()));
    }

    @Test
    void anEdgeNearTheCanvasEdgeSnapsToItWithAGuide() {
        BoxDrag.Step near = drag(2, DragHandle.BODY, 114, 0);
        assertEquals(720, near.box().x(), "the right edge 834 + 120 = 954 is 6 px from 960");
        assertEquals(List.of(Guide.vertical(960)), near.guides());

        BoxDrag.Step far = drag(2, DragHandle.BODY, 100, 0);
        assertEquals(700, far.box().x(), "its right edge is 20 px from the canvas edge: no snap");
        assertEquals(List.of(), far.guides());
    }

    @Test
    void anEdgeNearAnotherBoxsEdgeSnapsToIt() {
        BoxDrag.Step besideCarol = drag(2, DragHandle.BODY, -295, 0);
        assertEquals(300, besideCarol.box().x(), "bob's left edge on carol's right edge");
        assertEquals(List.of(Guide.vertical(300)), besideCarol.guides());

        BoxDrag.Step underCarol = drag(2, DragHandle.BODY, 0, -83);
        assertEquals(220, underCarol.box().y(), "bob's top edge on carol's bottom edge");
        assertEquals(List.of(Guide.horizontal(220)), underCarol.guides());

        BoxDrag.Step bothAxes = drag(3, DragHandle.BODY, 297, 197);
        assertEquals(List.of(400, 300), List.of(bothAxes.box().x(), bothAxes.box().y()),
                "carol's right edge on bob's left, her top on bob's top");
        assertEquals(List.of(Guide.vertical(600), Guide.horizontal(300)), bothAxes.guides());
    }

    @Test
    void theNearestEdgeWins() {
        Layout crowded = Layout.of(PICTURE, Box.primary("alice", PICTURE), Box.of("bob", 2, 400, 200, 100, 100),
                Box.of("carol", 3, 503, 0, 50, 50), Box.of("dave", 4, 506, 400, 50, 50));
        BoxDrag.Step step = new BoxDrag(crowded, 2, DragHandle.BODY).to(0, 0, SNAP);
        assertEquals(403, step.box().x(), "503 is 3 px from bob's right edge, 506 is 6 px");
        assertEquals(List.of(Guide.vertical(503)), step.guides());
    }

    @Test
    void handlesMoveOnlyTheEdgesTheySitOn() {
        assertEquals(List.of(600, 300, 300, 175), shape(drag(2, DragHandle.SOUTH_EAST, 60, 40).box()));
        assertEquals(List.of(560, 260, 280, 175), shape(drag(2, DragHandle.NORTH_WEST, -40, -40).box()));
        assertEquals(List.of(600, 250, 240, 185), shape(drag(2, DragHandle.NORTH, 30, -50).box()));
        assertEquals(List.of(600, 300, 200, 135), shape(drag(2, DragHandle.EAST, -40, 90).box()));
        assertEquals(List.of(650, 300, 190, 165), shape(drag(2, DragHandle.SOUTH_WEST, 50, 30).box()));
    }

    @Test
    void aHandleStopsAtTheCanvasEdgeAndAtTheSmallestSide() {
        assertEquals(List.of(600, 300, 360, 240), shape(drag(2, DragHandle.SOUTH_EAST, 900, 900).box()));
        assertEquals(List.of(0, 0, 840, 435), shape(drag(2, DragHandle.NORTH_WEST, -900, -900).box()));
        assertEquals(List.of(824, 419, BoxDrag.MIN_SIDE, BoxDrag.MIN_SIDE),
                shape(drag(2, DragHandle.NORTH_WEST, 900, 900).box()));
        assertEquals(List.of(600, 300, BoxDrag.MIN_SIDE, BoxDrag.MIN_SIDE),
                shape(drag(2, DragHandle.SOUTH_EAST, -900, -900).box()));
    }

    @Test
    void aMovingHandleEdgeSnapsButTheFixedOneStays() {
        BoxDrag.Step step = drag(2, DragHandle.WEST, -295, 0);
        assertEquals(List.of(300, 300, 540, 135), shape(step.box()));
        assertEquals(List.of(Guide.vertical(300)), step.guides());
    }

    @Test
    void theEditsOfAnyHandleDragKeepEveryLayoutOnTheWayInsideThePicture() {
        Layout cornered = Layout.of(PICTURE, Box.primary("alice", PICTURE), Box.of("bob", 2, 720, 405, 240, 135));
        for (DragHandle handle : DragHandle.values()) {
            for (int dx : new int[] {-500, -60, 0, 60, 500}) {
                for (int dy : new int[] {-500, -60, 0, 60, 500}) {
                    EditHistory history = new EditHistory(cornered);
                    Box target = new BoxDrag(cornered, 2, handle).to(dx, dy, 0).box();
                    for (LayoutEdit edit : BoxDrag.edits(cornered.boxOn(2), target, PICTURE)) {
                        history.apply(edit);
                    }
                    assertEquals(target, history.current().boxOn(2), handle + " by " + dx + "," + dy);
                }
            }
        }
    }

    @Test
    void aPressNearAHandleTakesIt() {
        Box bob = LAYOUT.boxOn(2);
        assertEquals(Optional.of(DragHandle.NORTH_WEST), DragHandle.near(bob, 603, 297, 5));
        assertEquals(Optional.of(DragHandle.SOUTH), DragHandle.near(bob, 720, 436, 5));
        assertEquals(Optional.of(DragHandle.EAST), DragHandle.near(bob, 840, 367.5, 5));
        assertTrue(DragHandle.near(bob, 700, 360, 5).isEmpty(), "the middle of the box is its body");
        assertEquals(8, DragHandle.RESIZE_HANDLES.size());
    }
}

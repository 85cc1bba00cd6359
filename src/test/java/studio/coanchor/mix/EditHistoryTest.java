package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
    private static final PictureSize PICTURE = new PictureSize(540, 960);
    private static final Layout COLUMN = StandardPreset.COLUMN.arrange(PICTURE,
            List.of("denny", "rex", "link"), MixScheme.CLASSIC);

    private final EditHistory history = new EditHistory(COLUMN);

    @Test
    void addPutsTheBoxOnItsLayerAndLiftsTheOnesAbove() {
        Layout layout = history.apply(new LayoutEdit.Add(Box.of("shock", 2, 0, 0, 100, 100)));

        assertEquals(List.of("denny", "shock", "rex", "link"), streamsInLayerOrder(layout));
        assertEquals(List.of(1, 2, 3, 4), layout.boxes().stream().map(Box::layer).toList());
    }

    @Test
    void removeClosesTheGap() {
        Layout layout = history.apply(new LayoutEdit.Remove(2));

        assertEquals(List.of("denny", "link"), streamsInLayerOrder(layout));
        assertEquals(Box.of("link", 2, 380, 390, 160, 240), layout.boxOn(2));
    }

    @Test
    void moveAndResizeChangeOneBox() {
        history.apply(new LayoutEdit.Move(3, 10, 20));
        Layout layout = history.apply(new LayoutEdit.Resize(3, 200, 300));

        assertEquals(Box.of("link", 3, 10, 20, 200, 300), layout.boxOn(3));
        assertEquals(COLUMN.boxOn(2), layout.boxOn(2));
    }

    @Test
    void restackMovesABoxUpOrDownTheStack() {
        Layout withShock = history.apply(new LayoutEdit.Add(Box.of("shock", 4, 0, 0, 100, 100)));

        assertEquals(List.of("denny", "shock", "rex", "link"),
                streamsInLayerOrder(history.apply(new LayoutEdit.Restack(4, 2))));
        assertEquals(List.of("denny", "rex", "link", "shock"),
                streamsInLayerOrder(history.apply(new LayoutEdit.Restack(2, 4))));
        assertEquals(withShock, history.current());
    }

    @Test
    void thePrimaryStaysOnLayerOne() {
        LayoutException remove = assertThrows(LayoutException.class, () -> history.apply(new LayoutEdit.Remove(1)));
        assertEquals("box for 'denny' (layer 1) is the primary and cannot be removed: apply a preset or end the mix"
                + " instead (rule: " + LayoutRule.PRIMARY_FILLS_PICTURE.words() + ")", remove.getMessage());

        LayoutException restack = assertThrows(LayoutException.class, () -> history.apply(new LayoutEdit.Restack(3, 1)));
        assertEquals(LayoutRule.PRIMARY_FILLS_PICTURE, restack.rule());
        assertTrue(restack.getMessage().startsWith("box for 'link' (layer 3) cannot move to layer 1"), restack::getMessage);

        LayoutException move = assertThrows(LayoutException.class, () -> history.apply(new LayoutEdit.Move(1, 5, 0)));
        assertEquals(LayoutRule.PRIMARY_FILLS_PICTURE, move.rule());
    }

    @Test
    void applyingAPresetReplacesTheLayoutAndKeepsTheScheme() {
        EditHistory extended = new EditHistory(COLUMN.withScheme(MixScheme.EXTENDED));

        Layout grid = extended.apply(new LayoutEdit.ApplyPreset(StandardPreset.GRID, PICTURE,
                List.of("denny", "rex", "link", "shock")));

        assertEquals(MixScheme.EXTENDED, grid.scheme());
        assertEquals(5, grid.boxes().size());
        assertThrows(LayoutException.class, () -> history.apply(new LayoutEdit.ApplyPreset(StandardPreset.GRID,
                PICTURE, List.of("denny", "rex", "link", "shock"))));
    }

    @Test
    void aBrokenEditChangesNothingAndAddsNoStep() {
        LayoutException e = assertThrows(LayoutException.class, () -> history.apply(new LayoutEdit.Move(2, 400, 0)));

        assertEquals(LayoutRule.INSIDE_PICTURE, e.rule());
        assertSame(COLUMN, history.current());
        assertFalse(history.canUndo());
    }

    @Test
    void undoAndRedoWalkTheSteps() {
        Layout moved = history.apply(new LayoutEdit.Move(2, 0, 0));
        Layout resized = history.apply(new LayoutEdit.Resize(2, 100, 150));

        assertTrue(history.undo());
        assertEquals(moved, history.current());
        assertTrue(history.undo());
        assertEquals(COLUMN, history.current());
        assertFalse(history.undo());
        assertEquals(COLUMN, history.current());

        assertTrue(history.redo());
        assertTrue(history.redo());
        assertEquals(resized, history.current());
        assertFalse(history.redo());
    }

    @Test
    void aNewEditClearsTheRedoSteps() {
        history.apply(new LayoutEdit.Move(2, 0, 0));
        history.undo();
        assertTrue(history.canRedo());

        history.apply(new LayoutEdit.Remove(3));

        assertFalse(history.canRedo());
        assertEquals(1, history.undoSteps());
    }

    @Test
    void anEditThatChangesNothingAddsNoStep() {
        history.apply(new LayoutEdit.Move(2, 380, 630));

        assertFalse(history.canUndo());
    }

    @Test
    void aDragsManyMovesUndoAsOneStep() {
        history.apply(new LayoutEdit.Resize(3, 120, 180));
        Layout beforeDrag = history.current();

        history.beginGesture();
        for (int step = 1; step <= 30; step++) {
            history.apply(new LayoutEdit.Move(2, 380 - step * 10, 630 - step * 20));
        }
        history.endGesture();
        Layout afterDrag = history.current();

        assertEquals(Box.of("rex", 2, 80, 30, 160, 240), afterDrag.boxOn(2));
        assertEquals(2, history.undoSteps());
        assertTrue(history.undo());
        assertEquals(beforeDrag, history.current());
        assertTrue(history.redo());
        assertEquals(afterDrag, history.current());
        history.undo();
        history.undo();
        assertEquals(COLUMN, history.current());
    }

    @Test
    void aGestureMayMixMovesAndResizesAndAGestureThatEndsWhereItBeganAddsNoStep() {
        history.beginGesture();
        history.apply(new LayoutEdit.Move(2, 300, 600));
        history.apply(new LayoutEdit.Resize(2, 200, 300));
        history.apply(new LayoutEdit.Resize(2, 160, 240));
        history.apply(new LayoutEdit.Move(2, 380, 630));
        history.endGesture();

        assertEquals(COLUMN, history.current());
        assertFalse(history.canUndo());

        history.beginGesture();
        history.apply(new LayoutEdit.Move(2, 300, 600));
        history.apply(new LayoutEdit.Resize(2, 200, 300));
        history.endGesture();
        assertEquals(1, history.undoSteps());
    }

    @Test
    void undoDuringAGestureEndsItFirst() {
        history.apply(new LayoutEdit.Remove(3));
        history.undo();
        history.beginGesture();
        history.apply(new LayoutEdit.Move(2, 0, 0));
        assertFalse(history.canRedo());
        assertTrue(history.gestureOpen());
        assertEquals(1, history.undoSteps());

        assertTrue(history.undo());

        assertFalse(history.gestureOpen());
        assertEquals(COLUMN, history.current());
        assertTrue(history.canRedo());
    }

    @Test
    void theOldestStepsAreForgottenBeyondTheCapacity() {
        EditHistory short3 = new EditHistory(COLUMN, 3);
        for (int x = 1; x <= 5; x++) {
            short3.apply(new LayoutEdit.Move(2, x, 0));
        }

        assertEquals(3, short3.undoSteps());
        while (short3.undo()) {
            // back to the oldest step kept
        }
        assertEquals(2, short3.current().boxOn(2).x());
        assertEquals(200, EditHistory.DEFAULT_CAPACITY);
        assertThrows(IllegalArgumentException.class, () -> new EditHistory(COLUMN, 0));
    }

    private static List<String> streamsInLayerOrder(Layout layout) {
        return layout.boxes().stream().map(Box::streamId).toList();
    }
}

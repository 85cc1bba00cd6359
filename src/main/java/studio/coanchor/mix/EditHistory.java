package studio.coanchor.mix;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * The layout being edited with its undo and redo steps. Every applied edit is one step, except that the edits made
 * between {@link #beginGesture()} and {@link #endGesture()} (the many moves of one drag) make a single step. A new
 * step clears the redo steps; the oldest steps are forgotten beyond the capacity. Use from one thread (the FX
 * thread in the studio).
 */
public final class EditHistory {
    public static final int DEFAULT_CAPACITY = 200;

    private final int capacity;
    private final Deque<Layout> undo = new ArrayDeque<>();
    private final Deque<Layout> redo = new ArrayDeque<>();
    private Layout current;
    /** The layout when the open gesture began, or null when no gesture is open. */
    private Layout gestureStart;

    public EditHistory(Layout initial) {
        this(initial, DEFAULT_CAPACITY);
    }

    public EditHistory(Layout initial, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("an edit history keeps at least 1 step, not " + capacity);
        }
        this.current = Objects.requireNonNull(initial, "initial");
        this.capacity = capacity;
    }

    public Layout current() {
        return current;
    }

    /**
     * Applies {@code edit} to the current layout. On a broken rule it throws the {@link LayoutException} and nothing
     * changes; an edit that changes nothing adds no step.
     */
    public Layout apply(LayoutEdit edit) {
        Layout next = edit.apply(current);
        if (!next.equals(current)) {
            if (gestureStart == null) {
                record(current);
            } else {
                redo.clear();
            }
            current = next;
        }
        return current;
    }

    /** Starts a gesture: the edits until {@link #endGesture()} undo as one step. A gesture already open goes on. */
    public void beginGesture() {
        if (gestureStart == null) {
            gestureStart = current;
        }
    }

    /** Ends the open gesture, recording one step if the layout changed during it. */
    public void endGesture() {
        if (gestureStart != null && !gestureStart.equals(current)) {
            record(gestureStart);
        }
        gestureStart = null;
    }

    public boolean gestureOpen() {
        return gestureStart != null;
    }

    public boolean canUndo() {
        return !undo.isEmpty() || (gestureStart != null && !gestureStart.equals(current));
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Goes back one step, ending an open gesture first; false when there is nothing to undo. */
    public boolean undo() {
        endGesture();
        if (undo.isEmpty()) {
            return false;
        }
        redo.push(current);
        current = undo.pop();
        return true;
    }

    /** Goes forward one undone step; false when there is nothing to redo. */
    public boolean redo() {
        endGesture();
        if (redo.isEmpty()) {
            return false;
        }
        undo.push(current);
        current = redo.pop();
        return true;
    }

    /** How many steps {@link #undo()} can go back. */
    public int undoSteps() {
        return undo.size() + (gestureStart != null && !gestureStart.equals(current) ? 1 : 0);
    }

    public int redoSteps() {
        return redo.size();
    }

    private void record(Layout before) {
        redo.clear();
        undo.push(before);
        if (undo.size() > capacity) {
            undo.removeLast();
        }
    }
}

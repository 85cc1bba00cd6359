package studio.coanchor.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import studio.coanchor.media.LatestFrameSlot;
import studio.coanchor.media.PreviewImage;
import studio.coanchor.mix.Box;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.ui.PreviewView;

/**
 * The layout editor's canvas: the composite picture (the primary's live picture with every input drawn into its
 * box) scaled to fit, and over it each box's outline and label, the selected box's eight handles and the guides of
 * the drag under way. The drawing never takes the mouse: the canvas finds what a press hit and turns the drag into
 * the view model's edits. Arrow keys nudge the selected box (Shift: 10 pixels), Delete removes it.
 */
public final class LayoutCanvas extends Region {
    /** Side of a handle on screen. */
    private static final double HANDLE_SIZE = 9;
    /** How far from a handle's centre a press still takes it, on screen. */
    private static final double HANDLE_REACH = 7;
    /** How near an edge must come to another to snap to it, on screen. */
    private static final double SNAP_DISTANCE = 8;
    private static final int NUDGE_FAR = 10;

    private final LayoutEditorViewModel model;
    private final PreviewView picture;
    private final Pane overlay = new Pane();
    private final List<StackPane> boxNodes = new ArrayList<>();
    private final List<Region> handleNodes = new ArrayList<>();
    private final List<Region> guideNodes = new ArrayList<>();

    /** Screen pixels per picture pixel, and where the picture's top left corner is in the canvas. */
    private double scale = 1;
    private double originX;
    private double originY;
    /** Where the drag under way began, in the canvas. */
    private double pressX;
    private double pressY;

    public LayoutCanvas(LayoutEditorViewModel model, LatestFrameSlot<PreviewImage> composite) {
        this.model = model;
        this.picture = new PreviewView(composite);
        getStyleClass().add("layout-canvas");
        setPrefSize(640, 360);
        setMinSize(160, 90);
        picture.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        overlay.getStyleClass().add("layout-overlay");
        getChildren().addAll(picture, overlay);
        for (DragHandle handle : DragHandle.RESIZE_HANDLES) {
            Region node = new Region();
            node.getStyleClass().add("layout-handle");
            node.setManaged(false);
            handleNodes.add(node);
        }
        setFocusTraversable(true);

        model.layoutProperty().subscribe(layout -> rebuild());
        model.selectedLayerProperty().subscribe(layer -> rebuild());
        model.guides().subscribe(this::rebuild);

        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnMouseMoved(event -> setCursor(cursorFor(hitAt(event.getX(), event.getY()))));
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** The view of the composite picture under the boxes. */
    public PreviewView picture() {
        return picture;
    }

    /** Where picture pixel {@code x} lies in the canvas. */
    public double toCanvasX(double x) {
        return originX + x * scale;
    }

    public double toCanvasY(double y) {
        return originY + y * scale;
    }

    private void rebuild() {
        Layout layout = model.layoutProperty().get();
        boxNodes.clear();
        for (Box box : layout.boxes()) {
            Label label = new Label(box.layer() + " · " + box.streamId());
            label.getStyleClass().add("layout-box-label");
            StackPane node = new StackPane(label);
            StackPane.setAlignment(label, Pos.TOP_LEFT);
            node.getStyleClass().add("layout-box");
            if (box.layer() == 1) {
                node.getStyleClass().add("primary");
            }
            if (box.layer() == model.selectedLayerProperty().get()) {
                node.getStyleClass().add("selected");
            }
            node.setManaged(false);
            boxNodes.add(node);
        }
        guideNodes.clear();
        for (Guide guide : model.guides()) {
            Region node = new Region();
            node.getStyleClass().add("snap-guide");
            node.setManaged(false);
            guideNodes.add(node);
        }
        List<Node> drawn = new ArrayList<>(boxNodes);
        if (selectedSecondary().isPresent()) {
            drawn.addAll(handleNodes);
        }
        drawn.addAll(guideNodes);
        overlay.getChildren().setAll(drawn);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        Layout layout = model.layoutProperty().get();
        PictureSize size = layout.picture();
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        scale = Math.max(Double.MIN_NORMAL, Math.min(width / size.width(), height / size.height()));
        double shownWidth = size.width() * scale;
        double shownHeight = size.height() * scale;
        originX = snappedLeftInset() + (width - shownWidth) / 2;
        originY = snappedTopInset() + (height - shownHeight) / 2;
        picture.resizeRelocate(originX, originY, shownWidth, shownHeight);
        overlay.resizeRelocate(originX, originY, shownWidth, shownHeight);

        List<Box> boxes = layout.boxes();
        for (int i = 0; i < boxes.size() && i < boxNodes.size(); i++) {
            Box box = boxes.get(i);
            boxNodes.get(i).resizeRelocate(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale);
        }
        selectedSecondary().ifPresent(box -> {
            for (int i = 0; i < handleNodes.size(); i++) {
                DragHandle handle = DragHandle.RESIZE_HANDLES.get(i);
                handleNodes.get(i).resizeRelocate(handle.x(box) * scale - HANDLE_SIZE / 2,
                        handle.y(box) * scale - HANDLE_SIZE / 2, HANDLE_SIZE, HANDLE_SIZE);
            }
        });
        List<Guide> guides = model.guides();
        for (int i = 0; i < guides.size() && i < guideNodes.size(); i++) {
            Guide guide = guides.get(i);
            if (guide.orientation() == Orientation.VERTICAL) {
                guideNodes.get(i).resizeRelocate(guide.position() * scale - 0.5, 0, 1, shownHeight);
            } else {
                guideNodes.get(i).resizeRelocate(0, guide.position() * scale - 0.5, shownWidth, 1);
            }
        }
    }

    /** What a press at canvas point {@code x, y} takes hold of. */
    private record Hit(int layer, DragHandle handle) {
        static final Hit NOTHING = new Hit(0, DragHandle.BODY);
    }

    private Hit hitAt(double canvasX, double canvasY) {
        double x = (canvasX - originX) / scale;
        double y = (canvasY - originY) / scale;
        Optional<Hit> handle = selectedSecondary().flatMap(box -> DragHandle.near(box, x, y, HANDLE_REACH / scale)
                .map(found -> new Hit(box.layer(), found)));
        if (handle.isPresent()) {
            return handle.get();
        }
        List<Box> boxes = model.layoutProperty().get().boxes();
        for (int i = boxes.size() - 1; i >= 0; i--) {
            Box box = boxes.get(i);
            if (x >= box.x() && x < box.right() && y >= box.y() && y < box.bottom()) {
                return new Hit(box.layer(), DragHandle.BODY);
            }
        }
        return Hit.NOTHING;
    }

    private void pressed(MouseEvent event) {
        requestFocus();
        if (event.getButton() != MouseButton.PRIMARY) {
            return;
        }
        pressX = event.getX();
        pressY = event.getY();
        Hit hit = hitAt(pressX, pressY);
        model.beginDrag(hit.layer(), hit.handle());
    }

    private void dragged(MouseEvent event) {
        if (event.isPrimaryButtonDown()) {
            model.dragBy((event.getX() - pressX) / scale, (event.getY() - pressY) / scale, SNAP_DISTANCE / scale);
        }
    }

    private void released(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            model.endDrag();
        }
    }

    private void keyPressed(KeyEvent event) {
        int step = event.isShiftDown() ? NUDGE_FAR : 1;
        switch (event.getCode()) {
            case LEFT -> model.nudge(-step, 0);
            case RIGHT -> model.nudge(step, 0);
            case UP -> model.nudge(0, -step);
            case DOWN -> model.nudge(0, step);
            case DELETE, BACK_SPACE -> model.removeSelected();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private Optional<Box> selectedSecondary() {
        int layer = model.selectedLayerProperty().get();
        return layer > 1 ? model.layoutProperty().get().box(layer) : Optional.empty();
    }

    private static Cursor cursorFor(Hit hit) {
        if (hit.layer() <= 1) {
            return Cursor.DEFAULT;
        }
        return switch (hit.handle()) {
            case BODY -> Cursor.MOVE;
            case NORTH_WEST -> Cursor.NW_RESIZE;
            case NORTH -> Cursor.N_RESIZE;
            case NORTH_EAST -> Cursor.NE_RESIZE;
            case EAST -> Cursor.E_RESIZE;
            case SOUTH_EAST -> Cursor.SE_RESIZE;
            case SOUTH -> Cursor.S_RESIZE;
            case SOUTH_WEST -> Cursor.SW_RESIZE;
            case WEST -> Cursor.W_RESIZE;
        };
    }
}

package studio.coanchor.mix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetTest {
    private static final PictureSize PORTRAIT = new PictureSize(540, 960);
    private static final List<String> FOUR = List.of("denny", "rex", "link", "shock");

    @TempDir
    Path folder;

    @Test
    void theColumnAt540x960StacksTencents160x240BoxesUpFrom90PxAboveTheBottom() {
        Layout layout = StandardPreset.COLUMN.arrange(PORTRAIT, FOUR, MixScheme.CLASSIC);

        assertEquals(List.of(Box.primary("denny", PORTRAIT),
                Box.of("rex", 2, 380, 630, 160, 240),
                Box.of("link", 3, 380, 390, 160, 240),
                Box.of("shock", 4, 380, 150, 160, 240)), layout.boxes());
    }

    @Test
    void belowTheSizeTheColumnUses120x180Boxes60PxAboveTheBottom() {
        PictureSize small = new PictureSize(360, 640);

        Layout layout = StandardPreset.COLUMN.arrange(small, FOUR, MixScheme.CLASSIC);

        assertEquals(List.of(Box.primary("denny", small),
                Box.of("rex", 2, 240, 400, 120, 180),
                Box.of("link", 3, 240, 220, 120, 180),
                Box.of("shock", 4, 240, 40, 120, 180)), layout.boxes());
    }

    @Test
    void aLargerPrimaryKeepsTheBoxesRightAlignedAtTheBottom() {
        PictureSize large = new PictureSize(720, 1280);

        Layout layout = StandardPreset.COLUMN.arrange(large, List.of("denny", "rex"), MixScheme.CLASSIC);

        assertEquals(Box.of("rex", 2, 560, 950, 160, 240), layout.boxOn(2));
    }

    @Test
    void aLandscapePrimaryHoldsTwoCoAnchorsInTheColumnAndNamesTheThirdThatDoesNotFit() {
        PictureSize landscape = new PictureSize(960, 540);

        Layout two = StandardPreset.COLUMN.arrange(landscape, List.of("denny", "rex", "link"), MixScheme.CLASSIC);
        assertEquals(Box.of("link", 3, 840, 120, 120, 180), two.boxOn(3));

        LayoutException three = assertThrows(LayoutException.class,
                () -> StandardPreset.COLUMN.arrange(landscape, FOUR, MixScheme.CLASSIC));
        assertEquals(LayoutRule.INSIDE_PICTURE, three.rule());
        assertTrue(three.getMessage().startsWith("box for 'shock' (layer 4) starts at y=-60"), three::getMessage);
    }

    @Test
    void theColumnHoldsThePrimaryAndUpToThreeCoAnchors() {
        assertEquals(List.of(Box.primary("denny", PORTRAIT)),
                StandardPreset.COLUMN.arrange(PORTRAIT, List.of("denny"), MixScheme.CLASSIC).boxes());

        LayoutException e = assertThrows(LayoutException.class, () -> StandardPreset.COLUMN.arrange(PORTRAIT,
                List.of("a", "b", "c", "d", "e"), MixScheme.EXTENDED));
        assertEquals("the co-anchor column holds the primary and up to 3 co-anchors: give 1 to 4 stream IDs, the"
                + " primary anchor's first, not 5 (rule: " + LayoutRule.INPUT_COUNT.words() + ")", e.getMessage());
    }

    @Test
    void pkPutsTwoAnchorsSideBySideOnA720x640Canvas() {
        Layout layout = StandardPreset.PK.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC);

        PictureSize canvas = new PictureSize(720, 640);
        assertEquals(canvas, layout.picture());
        assertEquals(List.of(Box.canvas("denny", canvas, Optional.empty()),
                Box.of("denny", 2, 0, 0, 360, 640),
                Box.of("rex", 3, 360, 0, 360, 640)), layout.boxes());
        assertEquals(InputType.CANVAS, layout.primary().inputType());
        assertThrows(LayoutException.class, () -> StandardPreset.PK.arrange(PORTRAIT, List.of("denny"), MixScheme.CLASSIC));
    }

    @Test
    void theGridFillsTheQuartersOfACanvasInReadingOrder() {
        Layout three = StandardPreset.GRID.arrange(PORTRAIT, List.of("denny", "rex", "link"), MixScheme.CLASSIC);

        assertEquals(List.of(Box.canvas("denny", PORTRAIT, Optional.empty()),
                Box.of("denny", 2, 0, 0, 270, 480),
                Box.of("rex", 3, 270, 0, 270, 480),
                Box.of("link", 4, 0, 480, 270, 480)), three.boxes());

        Layout four = StandardPreset.GRID.arrange(PORTRAIT, FOUR, MixScheme.EXTENDED);
        assertEquals(Box.of("shock", 5, 270, 480, 270, 480), four.boxOn(5));
    }

    @Test
    void fourAnchorsInTheGridNeedTheExtendedScheme() {
        LayoutException e = assertThrows(LayoutException.class,
                () -> StandardPreset.GRID.arrange(PORTRAIT, FOUR, MixScheme.CLASSIC));

        assertEquals(LayoutRule.INPUT_COUNT, e.rule());
        assertTrue(e.getMessage().contains("5 inputs") && e.getMessage().contains("extended scheme"), e::getMessage);
    }

    @Test
    void anOddSizedGridStaysInsideThePicture() {
        PictureSize odd = new PictureSize(541, 961);

        Layout layout = StandardPreset.GRID.arrange(odd, FOUR, MixScheme.EXTENDED);

        assertEquals(Box.of("shock", 5, 270, 480, 270, 480), layout.boxOn(5));
    }

    @Test
    void pipPutsAQuarterSizeBoxInTheBottomRightCorner() {
        Layout layout = StandardPreset.PIP.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC);

        assertEquals(List.of(Box.primary("denny", PORTRAIT), Box.of("rex", 2, 378, 693, 135, 240)), layout.boxes());
        Layout landscape = StandardPreset.PIP.arrange(new PictureSize(1280, 720), List.of("denny", "rex"), MixScheme.CLASSIC);
        assertEquals(Box.of("rex", 2, 924, 504, 320, 180), landscape.boxOn(2));
    }

    @Test
    void presetsArePickedByTheirLabels() {
        assertEquals(StandardPreset.PK, StandardPreset.ofLabel("PK"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StandardPreset.ofLabel("row"));
        assertEquals("'row' is not a preset: use column, pk, grid, pip", e.getMessage());
    }

    @Test
    void aSavedLayoutTakesNewStreamsAndScalesToTheNewPrimary() {
        SavedLayout saved = new SavedLayout("column", StandardPreset.COLUMN.arrange(PORTRAIT, FOUR, MixScheme.CLASSIC));

        Layout larger = saved.arrange(new PictureSize(1080, 1920), List.of("a", "b", "c", "d"), MixScheme.CLASSIC);
        assertEquals(List.of(Box.primary("a", new PictureSize(1080, 1920)),
                Box.of("b", 2, 760, 1260, 320, 480),
                Box.of("c", 3, 760, 780, 320, 480),
                Box.of("d", 4, 760, 300, 320, 480)), larger.boxes());

        Layout fewer = saved.arrange(PORTRAIT, List.of("a", "b"), MixScheme.CLASSIC);
        assertEquals(List.of(Box.primary("a", PORTRAIT), Box.of("b", 2, 380, 630, 160, 240)), fewer.boxes());

        LayoutException more = assertThrows(LayoutException.class,
                () -> saved.arrange(PORTRAIT, List.of("a", "b", "c", "d", "e"), MixScheme.CLASSIC));
        assertTrue(more.getMessage().startsWith("the saved layout 'column' shows 4 streams: give 1 to 4 stream IDs"),
                more::getMessage);
    }

    @Test
    void aSavedCanvasLayoutKeepsItsCanvasAndMapsEachStreamOnce() {
        SavedLayout saved = new SavedLayout("pk", StandardPreset.PK.arrange(PORTRAIT, List.of("x", "y"), MixScheme.CLASSIC));

        Layout layout = saved.arrange(new PictureSize(1080, 1920), List.of("denny", "rex"), MixScheme.CLASSIC);

        assertEquals(StandardPreset.PK.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC), layout);
    }

    @Test
    void theLibraryKeepsSavedLayoutsByName() throws IOException {
        LayoutLibrary library = new LayoutLibrary(folder.resolve("layouts"));
        Layout pip = StandardPreset.PIP.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC);
        assertEquals(List.of(), library.names());

        library.save("corner pip", pip);
        library.save("Column-2", StandardPreset.COLUMN.arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC));
        Files.writeString(folder.resolve("layouts").resolve("notes.txt"), "not a layout");

        assertEquals(List.of("Column-2", "corner pip"), library.names());
        assertEquals(pip, library.load("corner pip"));
        assertEquals(new SavedLayout("corner pip", pip), library.preset("corner pip"));
        assertEquals(pip, library.preset("corner pip").arrange(PORTRAIT, List.of("denny", "rex"), MixScheme.CLASSIC));

        library.delete("corner pip");
        assertEquals(List.of("Column-2"), library.names());
        assertThrows(NoSuchFileException.class, () -> library.load("corner pip"));
        assertThrows(NoSuchFileException.class, () -> library.delete("corner pip"));
    }

    @Test
    void aNameThatIsNotAPlainFileNameIsRefused() {
        LayoutLibrary library = new LayoutLibrary(folder);

        for (String name : List.of("../escape", "", " lead", "a/b", "x".repeat(65))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> library.save(name, StandardPreset.PIP.arrange(PORTRAIT, List.of("a", "b"), MixScheme.CLASSIC)));
            assertTrue(e.getMessage().contains("cannot name a saved layout"), e::getMessage);
        }
    }
}

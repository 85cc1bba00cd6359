package studio.coanchor.media;

@FunctionalInterface
public interface MediaEventListener {
    /** Called on the reporting component's own thread; must return quickly and never block. */
    void onEvent(MediaEvent event);
}

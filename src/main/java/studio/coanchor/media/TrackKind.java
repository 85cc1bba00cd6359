package studio.coanchor.media;

public enum TrackKind {
    VIDEO,
    AUDIO
}

package studio.coanchor.play;

/** The delay-control modes of Tencent's player (SPEC §3), named as the studio shows them. */
public enum DelayMode {
    /** Co-anchor links: plays what arrives at once and keeps the delay at a few hundred milliseconds at most. */
    ACC,
    /** Live shows: a cache of one second. */
    SPEEDY,
    /** The cache adapts between a minimum and a maximum (1 s and 5 s unless set). */
    AUTO,
    /** Games and high bitrates: a fixed five-second cache, filled again in full after a stall. */
    SMOOTH
}

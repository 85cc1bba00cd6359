package studio.coanchor.linkmic;

/** The {@code result} of a response: whether the request is granted. */
public enum Answer {
    ACCEPT,
    REJECT
}

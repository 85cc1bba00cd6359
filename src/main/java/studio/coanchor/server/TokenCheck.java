package studio.coanchor.server;

/** Who a login token belongs to, while it is valid. */
@FunctionalInterface public interface TokenCheck { java.util.Optional<String> userOf(String token); }

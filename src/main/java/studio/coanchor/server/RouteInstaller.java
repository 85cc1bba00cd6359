package studio.coanchor.server;

import io.javalin.config.JavalinConfig;

/**
 * A part of the backend that brings its own routes (the signaling hub's WebSocket), installed on the same server
 * as the HTTP API and checking the same login tokens.
 */
@FunctionalInterface
public interface RouteInstaller {
    RouteInstaller NONE = (config, tokens) -> { };

    void install(JavalinConfig config, TokenCheck tokens);
}

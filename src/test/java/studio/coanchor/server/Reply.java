package studio.coanchor.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;

/** One HTTP answer as a test reads it. */
record Reply(int status, JsonNode json, String body, HttpHeaders headers) {
    String error() {
        return json.path("error").asText();
    }
}

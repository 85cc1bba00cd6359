package studio.coanchor.ui.coanchor;

import java.net.URI;
import java.net.URISyntaxException;
import studio.coanchor.linkmic.SignalCodec;

/** Which backend to log in to: the one the studio runs on loopback, or another one with a user and password. */
public sealed interface BackendChoice {

    /** The backend the studio runs itself, for the local anchor; no password to type. */
    record BuiltIn() implements BackendChoice {
    }

    /** A backend elsewhere ({@code coanchor serve}), with one of its users. The password is never shown. */
    record Remote(URI address, String user, String password) implements BackendChoice {

        /** Checks what the user typed; a problem is thrown in words that say what to type instead. */
        public static Remote parse(String address, String user, String password) {
            String typed = address == null ? "" : address.trim();
            if (typed.isEmpty()) {
                throw new IllegalArgumentException("Enter the backend's address, such as http://127.0.0.1:8090");
            }
            URI uri;
            try {
                uri = new URI(typed);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("The backend's address is http://HOST:PORT or https://HOST:PORT,"
                        + " such as http://127.0.0.1:8090; '" + typed + "' is not");
            }
            String id = user == null ? "" : user.trim();
            if (!SignalCodec.isValidId(id)) {
                throw new IllegalArgumentException(id.isEmpty() ? "Enter your user ID"
                        : "A user ID is 1 to 64 of A-Z a-z 0-9 _ -; '" + id + "' is not one");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("Enter the password for " + id);
            }
            return new Remote(uri, id, password);
        }

        @Override
        public String toString() {
            return "Remote[address=" + address + ", user=" + user + "]";
        }
    }
}

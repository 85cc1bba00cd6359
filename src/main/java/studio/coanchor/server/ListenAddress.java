package studio.coanchor.server;

/** Where the backend listens: {@code host:port}, IPv6 hosts in brackets; port 0 picks a free one. */
public record ListenAddress(String host, int port) {
    public ListenAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the listen address has no host");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
        }
    }

    public static ListenAddress parse(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("'" + text + "' is not HOST:PORT, such as 127.0.0.1:8090");
        }
        String host = text.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        try {
            return new ListenAddress(host, Integer.parseInt(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' has no port number; write HOST:PORT, such as"
                    + " 127.0.0.1:8090");
        }
    }

    /** The base URL clients use, {@code http://host:port} with the given (bound) port. */
    public String url(int boundPort) {
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + boundPort;
    }
}

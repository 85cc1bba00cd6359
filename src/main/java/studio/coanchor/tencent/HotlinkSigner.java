package studio.coanchor.tencent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Signs stream URLs with a hotlink key: {@code txSecret} = lowercase hex MD5 of key, stream name and the exact
 * {@code txTime} text. One signer holds one key (the push key or the play key); it never shows the key.
 */
public final class HotlinkSigner {
    private final String key;

    public HotlinkSigner(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("the hotlink key is empty");
        }
        this.key = key;
    }

    public String txSecret(String streamName, TxTime txTime) {
        return Md5Hex.of(key + streamName + txTime.hex());
    }

    /** {@code rtmp://<push domain>/<app>/<stream>?txSecret=..&txTime=..} plus any recording parameters. */
    public String push(StreamAddress address, TxTime txTime, Recording recording) {
        List<String> query = signature(address, txTime);
        query.addAll(recording.queryParameters());
        return address.rtmp() + "?" + String.join("&", query);
    }

    /** Every play form; the ACC form adds {@code bizid} first when the account has one. */
    public PlayUrls play(StreamAddress address, TxTime txTime, OptionalLong bizId) {
        String query = String.join("&", signature(address, txTime));
        String acc = bizId.isPresent() ? "bizid=" + bizId.getAsLong() + "&" + query : query;
        return new PlayUrls(address.rtmp() + "?" + query, address.flv() + "?" + query, address.hls() + "?" + query,
                address.rtmp() + "?" + acc);
    }

    private List<String> signature(StreamAddress address, TxTime txTime) {
        List<String> query = new ArrayList<>();
        query.add("txSecret=" + txSecret(address.stream(), txTime));
        query.add("txTime=" + txTime.hex());
        return query;
    }
}

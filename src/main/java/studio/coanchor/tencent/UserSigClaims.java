package studio.coanchor.tencent;

import java.time.Instant;

/** What a valid UserSig says: who, for which SDK app, signed when, for how many seconds. */
public record UserSigClaims(String identifier, long sdkAppId, long time, long expire) {
    public Instant expiresAt() {
        return Instant.ofEpochSecond(time + expire);
    }
}

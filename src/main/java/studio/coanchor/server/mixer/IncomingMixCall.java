package studio.coanchor.server.mixer;

import java.time.Instant;
import studio.coanchor.mix.LayoutException;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.MixResultCode;
import studio.coanchor.tencent.TimeSignature;

/**
 * A {@code POST /common_access?appid=..&interface=Mix_StreamV2&t=..&sign=..} call, checked as Tencent checks it:
 * the account and the sign (MD5 of the API key and {@code t}) match, {@code t} has not passed, and the body is a
 * Mix_StreamV2 request for this account. The sign itself never appears in a message.
 */
record IncomingMixCall(long timestamp, MixPara para) {

    static IncomingMixCall read(String rawQuery, String body, long appId, TimeSignature apiSign, Instant now)
            throws MixerRefusal {
        CommonAccessQuery query;
        try {
            query = CommonAccessQuery.parse(rawQuery);
        } catch (IllegalArgumentException e) {
            throw new MixerRefusal(MixResultCode.BAD_REQUEST, e.getMessage() + ": call common_access?appid=APPID"
                    + "&interface=Mix_StreamV2&t=EXPIRY&sign=MD5(KEY+EXPIRY)");
        }
        if (!CommonAccessQuery.MIX_STREAM_V2.equals(query.interfaceName())) {
            throw new MixerRefusal(MixResultCode.BAD_REQUEST, "interface '" + query.interfaceName()
                    + "' is not served here: this mixer answers " + CommonAccessQuery.MIX_STREAM_V2);
        }
        if (query.appId() != appId) {
            throw new MixerRefusal(MixResultCode.SIGN_MISMATCH, "appid " + query.appId()
                    + " is not the account this mixer serves");
        }
        switch (apiSign.check(query.t(), query.sign(), now)) {
            case WRONG_SIGN -> throw new MixerRefusal(MixResultCode.SIGN_MISMATCH, "the sign does not match: sign"
                    + " with MD5 of this mixer's API key followed by t");
            case EXPIRED -> throw new MixerRefusal(MixResultCode.SIGN_EXPIRED, "t " + query.t() + " is "
                    + (now.getEpochSecond() - query.t()) + " s in the past: sign with t = now + 60 s");
            case VALID -> { }
        }
        MixStreamRequest request;
        try {
            request = MixJson.readRequest(body);
        } catch (LayoutException e) {
            throw MixerRefusal.of(e);
        } catch (IllegalArgumentException e) {
            throw new MixerRefusal(MixResultCode.BAD_REQUEST, e.getMessage());
        }
        if (request.para().appId() != appId) {
            throw new MixerRefusal(MixResultCode.BAD_REQUEST, "para.app_id " + request.para().appId()
                    + " differs from the query's appid " + appId);
        }
        return new IncomingMixCall(request.timestamp(), request.para());
    }
}

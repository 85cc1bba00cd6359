package studio.coanchor.linkmic;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.LayoutException;
import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;

/**
 * Sets the owner's mix through the backend with the studio's standard layouts: the co-anchor column over the
 * owner's picture as it is pushed now, or the PK canvas. The mix session and its output are the owner's stream.
 */
public final class BackendMix implements MixControl {
    private final BackendAccount account;
    private final long appId;
    private final Supplier<PictureSize> ownerPicture;

    /** @param ownerPicture the size the owner pushes at the moment the mix is set */
    public BackendMix(BackendAccount account, long appId, Supplier<PictureSize> ownerPicture) {
        this.account = account;
        this.appId = appId;
        this.ownerPicture = ownerPicture;
    }

    @Override
    public MixAnswer mixCoAnchors(String ownerStream, List<String> coAnchorStreams) throws BackendException {
        List<String> streams = new ArrayList<>(List.of(ownerStream));
        streams.addAll(coAnchorStreams);
        return start(StandardPreset.COLUMN, ownerStream, streams);
    }

    @Override
    public MixAnswer mixPk(String ownerStream, String peerStream) throws BackendException {
        return start(StandardPreset.PK, ownerStream, List.of(ownerStream, peerStream));
    }

    @Override
    public MixAnswer endMix(String ownerStream) throws BackendException {
        return account.mix(MixPara.end(MixSession.ofPrimary(appId, ownerStream), ownerStream));
    }

    private MixAnswer start(StandardPreset preset, String ownerStream, List<String> streams) throws BackendException {
        Layout layout;
        try {
            layout = preset.arrange(ownerPicture.get(), streams, MixScheme.CLASSIC);
        } catch (LayoutException e) {
            throw new BackendException("the " + preset.label() + " layout does not fit: " + e.getMessage(), e);
        }
        return account.mix(MixPara.start(layout, MixSession.ofPrimary(appId, ownerStream)));
    }
}

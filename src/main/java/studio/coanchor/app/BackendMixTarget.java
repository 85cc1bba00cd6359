package studio.coanchor.app;

import studio.coanchor.linkmic.BackendAccount;
import studio.coanchor.linkmic.BackendException;
import studio.coanchor.linkmic.StreamGrant;
import studio.coanchor.mix.MixAnswer;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixSession;
import studio.coanchor.ui.layout.MixTarget;

/**
 * The layout editor's mixes sent through the backend as the logged-in anchor, whose stream names the mix session
 * and its output; the backend signs each request with the API key only it holds.
 */
final class BackendMixTarget implements MixTarget {
    private final BackendAccount account;
    private final MixSession session;

    private BackendMixTarget(BackendAccount account, MixSession session) {
        this.account = account;
        this.session = session;
    }

    /** Asks the backend for the account's stream and app ID; blocks, so never on the JavaFX thread. */
    static BackendMixTarget of(BackendAccount account) throws BackendException {
        StreamGrant grant = account.streams();
        return new BackendMixTarget(account, MixSession.ofPrimary(grant.appId(), grant.streamId()));
    }

    @Override
    public MixSession session() {
        return session;
    }

    @Override
    public MixAnswer send(MixPara para) throws BackendException {
        return account.mix(para);
    }
}

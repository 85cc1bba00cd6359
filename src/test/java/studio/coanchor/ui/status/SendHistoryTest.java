package studio.coanchor.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import studio.coanchor.media.PushStatus;

class SendHistoryTest {

    @Test
    void keepsTheLastMinuteOfBitrateSendSpeedAndQueue() {
        SendHistory history = new SendHistory();
        for (int second = 0; second < 90; second++) {
            history.add(new PushStatus(1, 1, 960, 540, 1000 + second, 2, 15, 64, 1200, second % 7, 0, "127.0.0.1"),
                    second * 1000L);
        }

        assertEquals(61, history.samples().size());
        SendHistory.Sample oldest = history.samples().get(0);
        assertEquals(29_000, oldest.epochMillis());
        assertEquals(1264, oldest.bitrateKbps());
        assertEquals(1029, oldest.sendKbps());
        assertEquals(29 % 7, oldest.queue());
        assertEquals(89_000, history.samples().get(60).epochMillis());
    }
}

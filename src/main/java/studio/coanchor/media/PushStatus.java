package studio.coanchor.media;

/**
 * The pusher's figures for the last second (SPEC §1).
 *
 * @param cpuProcess percent of all cores used by this process
 * @param cpuSystem  percent of all cores used by the whole machine
 * @param sendKbps   what actually left on the connection (SPD)
 * @param jitterMs   spread of the gaps between sends (JIT)
 * @param fps        encoded frames per second
 * @param queue      packets waiting to be sent (QUE)
 * @param dropped    video frames dropped since start (DRP)
 * @param serverIp   the address connected to, or "-" when not connected
 */
public record PushStatus(int cpuProcess, int cpuSystem, int width, int height, int sendKbps, int jitterMs,
                         int fps, int audioKbps, int videoKbps, int queue, long dropped, String serverIp) {

    public String line() {
        return "STATUS cpu=" + cpuProcess + "/" + cpuSystem + " res=" + width + "x" + height + " spd=" + sendKbps
                + " jit=" + jitterMs + " fps=" + fps + " ara=" + audioKbps + " vra=" + videoKbps + " que=" + queue
                + " drp=" + dropped + " ip=" + serverIp;
    }
}

package studio.coanchor.mix;

/** The backend's answer to a mix request: Tencent's {@code code} (0 is success) and its message in words. */
public record MixAnswer(int code, String message) {

    public boolean succeeded() {
        return code == 0;
    }
}

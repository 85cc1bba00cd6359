package studio.coanchor.ui.coanchor;

import java.time.Duration;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A request waiting for the owner's answer: to link, or (between two owners) to compete in a PK. Counts down the
 * seconds the owner has to answer; when they run out the request is rejected, as SPEC §5 wants a request answered
 * within 10 s. Lives on the JavaFX thread.
 */
public final class JoinRequestViewModel {
    /** What is asked. */
    public enum Topic {
        LINK,
        PK
    }

    /** Sends the owner's answer. */
    @FunctionalInterface
    interface Responder {
        /** @param reason why a request is turned down; null when it is accepted */
        void answer(JoinRequestViewModel request, boolean accepted, String reason);
    }

    private final String requesterId;
    private final Topic topic;
    private final long answerSeconds;
    private final Responder responder;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", true);
    private final Timeline countdown;

    JoinRequestViewModel(String requesterId, Topic topic, Duration answerTime, Responder responder) {
        this.requesterId = requesterId;
        this.topic = topic;
        this.answerSeconds = Math.max(1, answerTime.toSeconds());
        this.responder = responder;
        secondsLeft.set((int) answerSeconds);
        countdown = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), tick -> {
            secondsLeft.set(secondsLeft.get() - 1);
            if (secondsLeft.get() <= 0) {
                answer(false, "no answer within " + answerSeconds + " s");
            }
        }));
        countdown.setCycleCount(Animation.INDEFINITE);
        countdown.play();
    }

    public String requesterId() {
        return requesterId;
    }

    public Topic topic() {
        return topic;
    }

    /** The question in words, for the dialog's heading. */
    public String question() {
        return topic == Topic.LINK ? requesterId + " asks to co-anchor with you"
                : requesterId + " asks you for a PK";
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** False once answered, timed out or withdrawn; the dialog closes then. */
    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public void accept() {
        answer(true, null);
    }

    public void reject() {
        answer(false, topic == Topic.LINK ? "the owner declined" : "declined");
    }

    /** The request ended without this side's answer: the hub timed it out, or the requester left. */
    void dismiss() {
        countdown.stop();
        open.set(false);
    }

    private void answer(boolean accepted, String reason) {
        if (!open.get()) {
            return;
        }
        dismiss();
        responder.answer(this, accepted, reason);
    }
}

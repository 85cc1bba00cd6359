package studio.coanchor.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that judges media in real time (frame rates, latencies, recovery times). A hypervisor that takes the
 * CPU away from this machine stalls every thread at once, and no player or pusher can outrun that; such a test that
 * fails while the machine was starved runs once more (see {@link StarvedRunRetry}). Tests whose setup lives outside
 * the test method (a JavaFX stage built in {@code @Start}, {@code @BeforeEach} state) must not use it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(StarvedRunRetry.class)
public @interface RealTime {
}

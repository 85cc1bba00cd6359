package studio.coanchor.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link RealTime} test again when it failed while the hypervisor took more than {@value #STARVED_PERCENT} %
 * of the machine's CPU over the run, or more than {@value #STARVED_SECOND_PERCENT} % in some second of it, up to
 * {@value #MOST_RUNS} runs in all. A run that fails while the machine had its CPU is final, and so is the last run;
 * each failure is kept, suppressed, on the next. Every failed run is reported on standard output with the CPU it
 * lost.
 */
final class StarvedRunRetry implements InvocationInterceptor {
    static final int STARVED_PERCENT = 5;
    /** A second in which a quarter of the CPU went elsewhere: half a core of two, long enough to stall a picture. */
    static final int STARVED_SECOND_PERCENT = 25;
    static final int MOST_RUNS = 3;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext extensionContext) throws Throwable {
        retryIfStarved(invocation, invocationContext, extensionContext);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext extensionContext) throws Throwable {
        retryIfStarved(invocation, invocationContext, extensionContext);
    }

    private static void retryIfStarved(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
                                       ExtensionContext context) throws Throwable {
        Throwable failure = null;
        for (int run = 1; ; run++) {
            double stolen;
            double worstSecond;
            try (CpuSteal steal = CpuSteal.watch()) {
                try {
                    if (run == 1) {
                        invocation.proceed();
                    } else {
                        runAgain(call, context);
                    }
                    return;
                } catch (Throwable thrown) {
                    if (failure != null) {
                        thrown.addSuppressed(failure);
                    }
                    failure = thrown;
                    stolen = steal.share();
                    worstSecond = steal.worstSecond();
                }
            }
            boolean starved = stolen * 100 >= STARVED_PERCENT || worstSecond * 100 >= STARVED_SECOND_PERCENT;
            System.out.printf(Locale.ROOT, "%s run %d of at most %d failed while the hypervisor took %.0f %% of the"
                    + " CPU (%.0f %% in its worst second)%s: %s%n", nameOf(context), run, MOST_RUNS, stolen * 100,
                    worstSecond * 100, starved && run < MOST_RUNS ? "; running it again" : "", failure);
            if (!starved || run == MOST_RUNS) {
                throw failure;
            }
        }
    }

    private static void runAgain(ReflectiveInvocationContext<Method> call, ExtensionContext context)
            throws Throwable {
        Method method = call.getExecutable();
        method.setAccessible(true);
        Object target = call.getTarget().orElse(null);
        Object[] arguments = call.getArguments().toArray();
        Assertions.assertTimeoutPreemptively(timeoutOf(context), () -> {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static String nameOf(ExtensionContext context) {
        return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName() + " "
                + context.getDisplayName();
    }

    private static Duration timeoutOf(ExtensionContext context) {
        Optional<Timeout> timeout = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), Timeout.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), Timeout.class));
        return timeout.map(t -> Duration.of(t.value(), t.unit().toChronoUnit())).orElse(DEFAULT_TIMEOUT);
    }
}

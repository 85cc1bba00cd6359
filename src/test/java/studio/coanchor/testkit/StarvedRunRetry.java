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
 * Runs a {@link RealTime} test a second time when it failed while the hypervisor took more than
 * {@value #STARVED_PERCENT} % of the machine's CPU over the test, or more than {@value #STARVED_SECOND_PERCENT} % in
 * some second of it. A failure on a machine that had its CPU is final, and so is a second failure; the first failure
 * is kept, suppressed, on the second. Each retry says why on standard output.
 */
final class StarvedRunRetry implements InvocationInterceptor {
    static final int STARVED_PERCENT = 5;
    /** A second in which a quarter of the CPU went elsewhere: half a core of two, long enough to stall a picture. */
    static final int STARVED_SECOND_PERCENT = 25;
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
        Throwable failure;
        double stolen;
        double worstSecond;
        try (CpuSteal steal = CpuSteal.watch()) {
            try {
                invocation.proceed();
                return;
            } catch (Throwable thrown) {
                failure = thrown;
                stolen = steal.share();
                worstSecond = steal.worstSecond();
            }
        }
        if (stolen * 100 < STARVED_PERCENT && worstSecond * 100 < STARVED_SECOND_PERCENT) {
            throw failure;
        }
        System.out.printf(Locale.ROOT, "%s failed while the hypervisor took %.0f %% of the CPU (%.0f %% in its worst"
                + " second); running it once more. The first failure: %s%n", nameOf(context), stolen * 100,
                worstSecond * 100, failure);
        runAgain(call, context, failure);
    }

    private static void runAgain(ReflectiveInvocationContext<Method> call, ExtensionContext context,
                                 Throwable firstFailure) throws Throwable {
        Method method = call.getExecutable();
        method.setAccessible(true);
        Object target = call.getTarget().orElse(null);
        Object[] arguments = call.getArguments().toArray();
        try {
            Assertions.assertTimeoutPreemptively(timeoutOf(context), () -> {
                try {
                    return method.invoke(target, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
        } catch (Throwable second) {
            second.addSuppressed(firstFailure);
            throw second;
        }
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

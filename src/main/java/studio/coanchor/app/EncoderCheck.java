package studio.coanchor.app;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import studio.coanchor.encode.EncoderCatalog;
import studio.coanchor.encode.EncoderProbe;

/** Opens every H.264 encoder of the FFmpeg build; passes when at least one opens, so the studio can push. */
final class EncoderCheck implements SelfCheck {

    @Override
    public String name() {
        return "encoders";
    }

    @Override
    public CheckOutcome run() {
        List<EncoderProbe> probes = EncoderCatalog.probe();
        String opening = names(probes.stream().filter(EncoderProbe::opens).toList());
        String refusing = names(probes.stream().filter(probe -> probe.present() && !probe.opens()).toList());
        String others = refusing.isEmpty() ? "" : "; present but not opening here: " + refusing;
        return opening.isEmpty()
                ? CheckOutcome.failed("no H.264 encoder opens" + others)
                : CheckOutcome.passed("H.264 encoders that open: " + opening + others);
    }

    private static String names(List<EncoderProbe> probes) {
        return probes.stream()
                .map(probe -> probe.choice().name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}

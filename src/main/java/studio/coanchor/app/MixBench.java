package studio.coanchor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import studio.coanchor.encode.EncoderChoice;
import studio.coanchor.mix.Layout;
import studio.coanchor.mix.MixJson;
import studio.coanchor.mix.MixPara;
import studio.coanchor.mix.MixScheme;
import studio.coanchor.mix.MixSession;
import studio.coanchor.mix.MixStreamRequest;
import studio.coanchor.mix.PictureSize;
import studio.coanchor.mix.StandardPreset;
import studio.coanchor.server.Backend;
import studio.coanchor.server.BackendConfig;
import studio.coanchor.server.ListenAddress;
import studio.coanchor.server.PasswordHash;
import studio.coanchor.server.Secret;
import studio.coanchor.server.mixer.SelfHostedMixer;
import studio.coanchor.server.signal.SignalingHub;
import studio.coanchor.tencent.CommonAccessQuery;
import studio.coanchor.tencent.MixResultCode;
import studio.coanchor.tencent.StreamHost;
import studio.coanchor.tencent.TimeSignature;

/**
 * {@code coanchor bench mix}: the CPU and memory of mixing 1 + 3 inputs, for the studio's self-hosted mixer (running
 * in this process behind its {@code common_access} endpoint) and for the ffmpeg CLI doing the same mix with
 * {@code -filter_complex} overlay and amix (the FFmpeg 8 CLI bundled with the studio's FFmpeg build, and the system's
 * ffmpeg when there is one), in turns on the same live inputs (several rounds spread what else the
 * machine does over both). Each is measured after a warm-up, from its CPU time and the pictures it published
 * meanwhile, counted as they arrive from the server by a reader in this process whose own CPU time is left out.
 */
final class MixBench {
    private static final long APP_ID = 1;
    private static final int KBPS = 1200;
    /** Long enough for the JVM to have compiled the mixer's Java code, which it does once per process. */
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration FIRST_PICTURE_LIMIT = Duration.ofSeconds(30);
    private static final Duration MIX_START_LIMIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;

    MixBench(PrintStream out) {
        this.out = out;
    }

    int run(MixBenchRequest request) {
        out.printf(Locale.ROOT, "Mixing 1 + 3 inputs through %s: %dx%d with three %dx%d boxes (Tencent's co-anchor"
                        + " column) at %d fps, the sound of all four mixed; x264 veryfast zero latency %d kbit/s and"
                        + " AAC 64 kbit/s; %d round(s) of %d s for each mixer, measured after a %d s warm-up%n",
                request.server(), MixBenchInputs.PRIMARY_WIDTH, MixBenchInputs.PRIMARY_HEIGHT,
                MixBenchInputs.GUEST_WIDTH, MixBenchInputs.GUEST_HEIGHT, MixBenchInputs.FPS, KBPS, request.rounds(),
                request.duration().toSeconds(), WARM_UP.toSeconds());
        List<FfmpegCli> references = new ArrayList<>(List.of(FfmpegCli.bundled()));
        FfmpegCli.system().ifPresent(references::add);
        String name = "bench-mix-" + randomHex(4);
        List<String> streams = IntStream.range(0, 4).mapToObj(i -> name + (i == 0 ? "-main" : "-guest" + i))
                .toList();
        Layout layout = StandardPreset.COLUMN.arrange(new PictureSize(MixBenchInputs.PRIMARY_WIDTH,
                MixBenchInputs.PRIMARY_HEIGHT), streams, MixScheme.CLASSIC);
        String apiKey = randomHex(16);
        SignalingHub hub = new SignalingHub();
        Backend backend = new Backend(config(request, apiKey), hub, hub::install);
        try (MixBenchInputs inputs = new MixBenchInputs(references.get(0),
                streams.stream().map(request::stream).toList())) {
            inputs.start();
            backend.start();
            URI endpoint = URI.create("http://127.0.0.1:" + backend.port() + SelfHostedMixer.PATH);
            List<MixBenchRow> studio = new ArrayList<>();
            List<List<MixBenchRow>> clis = new ArrayList<>();
            references.forEach(reference -> clis.add(new ArrayList<>()));
            for (int round = 1; round <= request.rounds(); round++) {
                studio.add(measureStudio(request, layout, inputs, endpoint, apiKey));
                StringBuilder line = new StringBuilder("round " + round + ": studio ")
                        .append(perPicture(studio.get(round - 1)));
                for (int i = 0; i < references.size(); i++) {
                    MixBenchRow row = measureCli(references.get(i), request, layout, inputs);
                    clis.get(i).add(row);
                    line.append(", ").append(references.get(i).label()).append(' ').append(perPicture(row));
                }
                if (request.rounds() > 1) {
                    out.println(line);
                }
            }
            List<MixBenchRow> totals = new ArrayList<>(List.of(MixBenchRow.total("studio mixer", studio)));
            for (int i = 0; i < references.size(); i++) {
                totals.add(MixBenchRow.total(references.get(i).label(), clis.get(i)));
            }
            print(totals);
            return totals.stream().allMatch(MixBenchRow::measured) ? 0 : 1;
        } catch (IOException e) {
            out.println("not measured: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            backend.stop();
        }
    }

    private MixBenchRow measureStudio(MixBenchRequest request, Layout layout, MixBenchInputs inputs, URI endpoint,
                                      String apiKey) throws InterruptedException {
        String who = "studio mixer";
        MixSession session = MixSession.ofPrimary(APP_ID, layout.primary().streamId());
        try {
            String refused = startMix(endpoint, apiKey, MixPara.start(layout, session));
            if (refused != null) {
                return MixBenchRow.failed(who, refused);
            }
            try (OutputFrameCounter counter = new OutputFrameCounter(request.stream(session.outputStreamId()
                    + "-mixed"))) {
                return measure(who, ProcessGauge.self(), counter, request.duration(), inputs::failure);
            }
        } catch (IOException e) {
            return MixBenchRow.failed(who, "the mixer did not answer: " + e.getMessage());
        } finally {
            try {
                call(endpoint, apiKey, MixPara.cancel(session));
            } catch (IOException e) {
                out.println("the studio's mix could not be cancelled (" + e.getMessage() + "); stopping the backend"
                        + " ends it");
            }
        }
    }

    private MixBenchRow measureCli(FfmpegCli ffmpeg, MixBenchRequest request, Layout layout, MixBenchInputs inputs)
            throws InterruptedException, IOException {
        String output = layout.primary().streamId() + "-cli";
        try (CliMix mix = new CliMix(ffmpeg, layout, request::stream, request.stream(output), KBPS,
                MixBenchInputs.FPS); OutputFrameCounter counter = new OutputFrameCounter(request.stream(output))) {
            mix.start();
            return measure(ffmpeg.label(), mix.gauge(), counter, request.duration(), () -> {
                String failure = mix.failure();
                return failure != null ? failure : inputs.failure();
            });
        }
    }

    /** Waits for the first picture and the warm-up, then measures for {@code duration}. */
    private static MixBenchRow measure(String who, ProcessGauge gauge, OutputFrameCounter counter, Duration duration,
                                       Supplier<String> failure) throws InterruptedException {
        if (!counter.awaitFirst(FIRST_PICTURE_LIMIT)) {
            String why = failure.get();
            return MixBenchRow.failed(who, "no mixed picture within " + FIRST_PICTURE_LIMIT.toSeconds() + " s"
                    + (why == null ? "" : ": " + why));
        }
        Thread.sleep(WARM_UP.toMillis());
        Duration cpuBefore = cpuOf(gauge, counter);
        long picturesBefore = counter.pictures();
        Thread.sleep(duration.toMillis());
        Duration cpu = cpuOf(gauge, counter).minus(cpuBefore);
        long pictures = counter.pictures() - picturesBefore;
        OptionalLong peak = gauge.peakRssKib();
        String why = failure.get();
        if (why != null) {
            return MixBenchRow.failed(who, why);
        }
        return new MixBenchRow(who, cpu.toNanos() / 1e9, pictures, peak, null);
    }

    /** The process's CPU time, less the counter's when the counter runs in it. */
    private static Duration cpuOf(ProcessGauge gauge, OutputFrameCounter counter) {
        return gauge.isThisProcess() ? gauge.cpu().minus(counter.cpu()) : gauge.cpu();
    }

    /** Asks for the mix until the inputs are there (Tencent's advice: retry -505 and the like); null once mixing. */
    private static String startMix(URI endpoint, String apiKey, MixPara para)
            throws IOException, InterruptedException {
        long end = System.nanoTime() + MIX_START_LIMIT.toNanos();
        JsonNode answer = call(endpoint, apiKey, para);
        while (answer.path("code").asInt() != 0 && MixResultCode.worthRetrying(answer.path("code").asInt())
                && System.nanoTime() < end) {
            Thread.sleep(1_000);
            answer = call(endpoint, apiKey, para);
        }
        return answer.path("code").asInt() == 0 ? null : "the mixer answered " + answer;
    }

    private static JsonNode call(URI endpoint, String apiKey, MixPara para) throws IOException, InterruptedException {
        URI signed = CommonAccessQuery.signed(APP_ID, CommonAccessQuery.MIX_STREAM_V2, new TimeSignature(apiKey),
                Instant.now()).on(endpoint);
        HttpRequest request = HttpRequest.newBuilder(signed).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MixJson.compact(MixStreamRequest.at(para, Instant.now()))))
                .build();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }

    /**
     * A backend on a loopback port whose mixer plays and publishes on the benchmark's server, with x264; its one
     * user and keys are made up and never used.
     */
    private static BackendConfig config(MixBenchRequest request, String apiKey) {
        String server = request.server();
        int appStart = server.lastIndexOf('/');
        StreamHost host = StreamHost.parse(server.substring(0, appStart));
        String madeUp = randomHex(16);
        return new BackendConfig(new ListenAddress("127.0.0.1", 0),
                new BackendConfig.Tencent(APP_ID, OptionalLong.empty(), host, host, server.substring(appStart + 1),
                        new Secret(madeUp), new Secret(madeUp), Optional.of(new Secret(apiKey)), Optional.empty(),
                        BackendConfig.Tencent.TENCENT_MIX_ENDPOINT, Duration.ofHours(24)),
                Optional.of(new BackendConfig.Mixer(server + "/" + BackendConfig.Mixer.STREAM,
                        server + "/" + BackendConfig.Mixer.STREAM + "-mixed", EncoderChoice.X264)),
                List.of(new BackendConfig.User("bench", PasswordHash.create(madeUp.toCharArray(),
                        PasswordHash.RECOMMENDED_MIN_ITERATIONS, new SecureRandom()), "bench")),
                BackendConfig.DEFAULT_TOKEN_LIFETIME);
    }

    /** The studio's row first, then each reference's, then the studio's ratio to each. */
    private void print(List<MixBenchRow> rows) {
        out.printf(Locale.ROOT, "%-36s %7s %9s %13s %13s%n", "who", "CPU s", "pictures", "CPU ms/pic", "peak RSS MiB");
        for (MixBenchRow row : rows) {
            if (row.measured()) {
                out.printf(Locale.ROOT, "%-36s %7.2f %9d %13.2f %13s%n", row.who(), row.cpuSeconds(), row.pictures(),
                        row.cpuMillisPerPicture(), mebibytes(row.peakRssKib()));
            } else {
                out.printf(Locale.ROOT, "%-36s %s%n", row.who(), row.failure());
            }
        }
        MixBenchRow studio = rows.get(0);
        for (MixBenchRow reference : rows.subList(1, rows.size())) {
            if (studio.measured() && reference.measured()) {
                String memory = studio.peakRssKib().isPresent() && reference.peakRssKib().isPresent()
                        ? String.format(Locale.ROOT, "%12.2fx", (double) studio.peakRssKib().getAsLong()
                        / reference.peakRssKib().getAsLong()) : "-";
                out.printf(Locale.ROOT, "%-36s %7s %9s %12.2fx %13s%n", "studio / " + reference.who(), "", "",
                        studio.cpuMillisPerPicture() / reference.cpuMillisPerPicture(), memory);
            }
        }
        out.println("target: CPU per mixed picture at most 1.2x the ffmpeg CLI's");
    }

    private static String perPicture(MixBenchRow row) {
        return row.measured() ? String.format(Locale.ROOT, "%.2f ms CPU a picture", row.cpuMillisPerPicture())
                : "not measured";
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static String mebibytes(OptionalLong kib) {
        return kib.isPresent() ? String.valueOf(Math.round(kib.getAsLong() / 1024.0)) : "-";
    }
}

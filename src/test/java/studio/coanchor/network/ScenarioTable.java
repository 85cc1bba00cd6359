package studio.coanchor.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * The network scenarios' results: per scenario the fault injected, the figures measured and the targets met or
 * missed. Printed as a Markdown table, and written to {@code target/network-scenarios.md}, when the run ends.
 */
final class ScenarioTable {
    private final List<Row> rows = new CopyOnWriteArrayList<>();

    Row row(String scenario, String fault) {
        Row row = new Row(scenario, fault);
        rows.removeIf(earlier -> earlier.scenario.equals(scenario));
        rows.add(row);
        return row;
    }

    String markdown() {
        StringBuilder table = new StringBuilder("| scenario | fault | measured | targets |\n|---|---|---|---|\n");
        for (Row row : rows) {
            table.append("| ").append(row.scenario).append(" | ").append(row.fault).append(" | ")
                    .append(row.figures.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining("; ")))
                    .append(" | ").append(row.targets.entrySet().stream()
                            .map(e -> e.getKey() + (e.getValue() ? ": met" : ": MISSED"))
                            .collect(Collectors.joining("; ")))
                    .append(" |\n");
        }
        return table.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, markdown());
    }

    /** One scenario: figures in the order they were measured, and whether each target was met. */
    static final class Row {
        private final String scenario;
        private final String fault;
        private final Map<String, String> figures = new LinkedHashMap<>();
        private final Map<String, Boolean> targets = new LinkedHashMap<>();

        private Row(String scenario, String fault) {
            this.scenario = scenario;
            this.fault = fault;
        }

        synchronized Row figure(String name, Object value) {
            figures.put(name, String.valueOf(value));
            return this;
        }

        synchronized Row target(String name, boolean met) {
            targets.put(name, met);
            return this;
        }

        /** Fails naming every target missed, with all the figures, when one was. */
        synchronized void assertMet(String details) {
            List<String> missed = new ArrayList<>();
            targets.forEach((name, met) -> {
                if (!met) {
                    missed.add(name);
                }
            });
            assertTrue(missed.isEmpty(), scenario + ": missed " + missed + "; measured " + figures + details);
        }
    }
}

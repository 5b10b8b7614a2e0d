package nl.patroon.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.json.Json;
import nl.patroon.core.problem.Problem;

/**
 * The guided tour: a fresh case from the bundled fictional sample case, its parties added, its files ingested
 * and its timeline exported, by the same use cases a user runs one by one. The sample's {@code zaak.json} names
 * the parketnummer, title and parties with their aliases.
 */
public final class Demo {
    private static final String MARKER = ".patroon-demo";

    /** @param sample the sample case's folder; null for the bundled one */
    public record Request(Path root, Path sample, Ingest.Progress progress) {
    }

    public record Result(Path root, Ingest.Result ingest, Path json, Path html) {
    }

    private final CreateCase createCase;
    private final AddParty addParty;
    private final Ingest ingest;
    private final ExportTimeline export;
    private final Path bundledSample;

    public Demo(CreateCase createCase, AddParty addParty, Ingest ingest, ExportTimeline export, Path bundledSample) {
        this.createCase = createCase;
        this.addParty = addParty;
        this.ingest = ingest;
        this.export = export;
        this.bundledSample = bundledSample;
    }

    public Result run(Request request) throws IOException {
        Path sample = request.sample() != null ? request.sample() : bundledSample;
        Path description = sample.resolve("zaak.json");
        if (!Files.isRegularFile(description)) {
            throw Problem.of("demo.sample-missing", description).exception();
        }
        JsonNode spec = Json.mapper().readTree(description.toFile());
        Path root = request.root().toAbsolutePath().normalize();
        clearPreviousDemo(root);
        createCase.run(new CreateCase.Request(root, new Parketnummer(spec.path("parketnummer").asText()),
                spec.path("title").asText(null)));
        Files.writeString(CaseWorkspace.createPrivateFile(root.resolve(MARKER)), "demo\n"); // owner-only, as the case
        for (JsonNode p : spec.path("parties")) {
            List<String> aliases = new ArrayList<>();
            p.path("aliases").forEach(a -> aliases.add(a.asText()));
            addParty.run(new AddParty.Request(root, PartyRole.parse(p.path("role").asText()),
                    p.path("name").asText(), aliases));
        }
        List<Path> inputs;
        try (Stream<Path> s = Files.list(sample)) {
            inputs = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("zaak.json"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        Ingest.Result ingested = ingest.run(Ingest.Request.of(root, inputs, request.progress()));
        Path json = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.JSON, null)).file();
        Path html = export.run(new ExportTimeline.Request(root, ExportTimeline.Format.HTML, null)).file();
        return new Result(root, ingested, json, html);
    }

    /** Removes an earlier demo case, and only that: a folder without the marker is never touched. */
    private static void clearPreviousDemo(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER))) {
            throw Problem.of("demo.folder-taken", root).exception();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

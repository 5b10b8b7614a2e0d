package nl.patroon.shell.command;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.patroon.core.casefile.CaseFile;
import nl.patroon.core.casefile.CaseWorkspace;
import nl.patroon.core.casefile.Parketnummer;
import nl.patroon.core.casefile.PartyRole;
import nl.patroon.core.evidence.IngestReport;
import nl.patroon.core.json.Json;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.TimelineExport;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/**
 * The guided tour: a fresh workspace from the bundled fictional sample case, ingested and exported.
 * The sample's {@code zaak.json} names the parketnummer, title and parties with their aliases.
 */
@ShellComponent
public class DemoCommand {
    private static final String MARKER = ".patroon-demo";

    private final CaseSession session;
    private final IngestCommands ingest;
    private final TimelineExport export;

    public DemoCommand(CaseSession session, IngestCommands ingest, TimelineExport export) {
        this.session = session;
        this.ingest = ingest;
        this.export = export;
    }

    @ShellMethod(key = {"demo"}, group = "Zaak",
            value = "Maak een nieuwe zaak van de meegeleverde fictieve voorbeeldzaak, lees die in en exporteer de tijdlijn.")
    public String demo(
            @ShellOption(value = {"--map", "--dir"}, defaultValue = "demo-zaak", help = "map voor de demozaak") String dir,
            @ShellOption(value = {"--bron", "--source"}, defaultValue = ShellOption.NULL,
                    help = "map van de voorbeeldzaak (standaard samples/zaak-demo)") String source) throws IOException {
        Path sample = source != null ? Path.of(source) : defaultSample();
        Path description = sample.resolve("zaak.json");
        if (!Files.isRegularFile(description)) {
            throw new IllegalArgumentException("Voorbeeldzaak niet gevonden: " + description
                    + ". Start Patroon met ./patroon vanuit de projectmap, of geef --bron <map>.");
        }
        JsonNode spec = Json.mapper().readTree(description.toFile());
        Path root = Path.of(dir).toAbsolutePath().normalize();
        clearPreviousDemo(root);
        try (CaseWorkspace ws = CaseWorkspace.create(root, new Parketnummer(spec.path("parketnummer").asText()),
                spec.path("title").asText(null), session.clock(), session.user())) {
            Files.writeString(root.resolve(MARKER), "demo\n");
            session.remember(root);
            CaseFile file = ws.caseFile();
            for (JsonNode p : spec.path("parties")) {
                List<String> aliases = new ArrayList<>();
                p.path("aliases").forEach(a -> aliases.add(a.asText()));
                file = file.withParty(PartyRole.parse(p.path("role").asText()), p.path("name").asText(), aliases);
                var added = file.parties().get(file.parties().size() - 1);
                ws.update(file, "party.add", Map.of("party", added.id(), "role", added.role().code(),
                        "name", added.name(), "aliases", added.aliases()));
            }
            List<Path> inputs;
            try (Stream<Path> s = Files.list(sample)) {
                inputs = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().equals("zaak.json"))
                        .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                        .sorted(Comparator.comparing(Path::toString)).toList();
            }
            IngestReport report = ingest.run(ws, inputs, true, System.out);
            System.out.println();
            Path json = export.write(ws, TimelineExport.Format.JSON, null);
            Path html = export.write(ws, TimelineExport.Format.HTML, null);
            return IngestCommands.summary(report, ws.exportsDir().resolve("ingest-report.json")) + "\n"
                    + "JSON-export: " + json + "\n"
                    + "Tijdlijn (HTML): " + html;
        }
    }

    static Path defaultSample() {
        String home = System.getProperty("patroon.home");
        Path base = home != null ? Path.of(home) : Path.of("");
        return base.resolve("samples").resolve("zaak-demo");
    }

    /** Removes an earlier demo workspace, and only that: a folder without the marker is never touched. */
    private static void clearPreviousDemo(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.exists(root.resolve(MARKER))) {
            throw new IllegalArgumentException(root + " bestaat al en is geen eerdere demozaak; kies een andere --map.");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

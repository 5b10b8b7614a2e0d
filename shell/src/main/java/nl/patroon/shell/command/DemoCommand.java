package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import nl.patroon.app.demo.Demo;
import nl.patroon.shell.support.CaseSession;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** The guided tour on the bundled fictional sample case (the {@link Demo} use case). */
@ShellComponent
public class DemoCommand {
    private final CaseSession session;
    private final Demo demo;

    public DemoCommand(CaseSession session, Demo demo) {
        this.session = session;
        this.demo = demo;
    }

    @ShellMethod(key = {"demo"}, group = "Zaak",
            value = "Maak een nieuwe zaak van de meegeleverde fictieve voorbeeldzaak, lees die in en exporteer de tijdlijn.")
    public String demo(
            @ShellOption(value = {"--map", "--dir"}, defaultValue = "demo-zaak", help = "map voor de demozaak") String dir,
            @ShellOption(value = {"--bron", "--source"}, defaultValue = ShellOption.NULL,
                    help = "map van de voorbeeldzaak (standaard samples/zaak-demo)") String source) throws IOException {
        Demo.Result r = demo.run(new Demo.Request(Path.of(dir), source == null ? null : Path.of(source),
                new IngestCommands.ProgressLine(System.out)));
        session.remember(r.root());
        System.out.println();
        return IngestCommands.summary(r.ingest(), false) + "\n"
                + "JSON-export: " + r.json() + "\n"
                + "Tijdlijn (HTML): " + r.html();
    }
}

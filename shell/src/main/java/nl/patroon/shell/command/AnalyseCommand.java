package nl.patroon.shell.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.patroon.app.analyse.Analyse;
import nl.patroon.core.analysis.Analysis;
import nl.patroon.core.analysis.Findings;
import nl.patroon.core.legal.ArticleAssessment;
import nl.patroon.core.legal.ElementAssessment;
import nl.patroon.shell.support.CaseSession;
import nl.patroon.shell.support.Completions;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;

/** The analysis of the confirmed incidents: JSON in exports/, a readable summary on screen. */
@ShellComponent
public class AnalyseCommand {
    private final CaseSession session;
    private final Analyse analyse;

    public AnalyseCommand(CaseSession session, Analyse analyse) {
        this.session = session;
        this.analyse = analyse;
    }

    @ShellMethod(key = {"analyseer", "analyse"}, group = "Analyse",
            value = "Analyseer de bevestigde incidenten: patroon, rode vlaggen, steunbewijs, bestanddelen per artikel.")
    public String analyse(
            @ShellOption(value = {"--case", "--zaak"}, defaultValue = ShellOption.NULL, help = "zaakmap",
                    valueProvider = Completions.Paths.class) String caseDir,
            @ShellOption(value = {"--articles", "--artikelen"}, defaultValue = ShellOption.NULL,
                    help = "artikelen, bijv. 285b,285,300-4 (standaard: alle)",
                    valueProvider = Completions.Articles.class) String articles,
            @ShellOption(value = {"--out", "--uit"}, defaultValue = ShellOption.NULL,
                    help = "JSON-bestand (standaard: exports/analyse.json)") String out) throws IOException {
        List<String> chosen = articles == null ? List.of() : Arrays.asList(articles.split(","));
        Analyse.Result r = analyse.run(new Analyse.Request(session.use(caseDir), chosen,
                out == null ? null : Path.of(out).toAbsolutePath()));
        return summary(r.analysis()) + "\nAnalyse (JSON): " + r.file() + "\nSHA-256: " + r.sha256();
    }

    static String summary(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.incidents()).append(" bevestigde incident(en)");
        if (a.firstDay() != null) {
            sb.append(", ").append(a.firstDay()).append(" t/m ").append(a.lastDay());
        }
        if (!a.undatedIncidentIds().isEmpty()) {
            sb.append("; zonder datum: ").append(String.join(", ", a.undatedIncidentIds()));
        }
        sb.append("\nEscalatie: frequentie ").append(a.escalation().frequency().verdictNl()).append(", ernst ")
                .append(a.escalation().severity().verdictNl()).append("; tussenpozen ")
                .append(a.intervals().verdictNl()).append('\n');
        sb.append("Rode vlaggen:");
        List<Findings.RedFlag> present = a.redFlags().stream().filter(Findings.RedFlag::present).toList();
        if (present.isEmpty()) {
            sb.append(" geen");
        }
        present.forEach(f -> sb.append("\n  ").append(f.nl()).append(": ").append(String.join(", ", f.incidentIds())));
        sb.append("\nAlleen op de verklaring van het slachtoffer: ")
                .append(a.victimOnly().isEmpty() ? "geen" : String.join(", ", a.victimOnly()));
        for (ArticleAssessment art : a.articles()) {
            sb.append("\nArt. ").append(art.article()).append(" (").append(art.title()).append(")");
            for (ElementAssessment e : art.elements()) {
                sb.append("\n  ").append(e.statusNl().toUpperCase(java.util.Locale.ROOT)).append("  ").append(e.name())
                        .append(e.incidentIds().isEmpty() ? "" : ": " + String.join(", ", e.incidentIds()));
            }
            if (art.contacts() != null && art.contacts().incidents() > 0) {
                sb.append("\n  contacten: ").append(art.contacts().incidents()).append(" op ")
                        .append(art.contacts().days()).append(" dag(en), ").append(art.contacts().first()).append(" t/m ")
                        .append(art.contacts().last()).append(", ").append(art.contacts().perWeek()).append(" per week");
            }
        }
        if (!a.orders().conflicts().isEmpty()) {
            a.orders().conflicts().forEach(c -> sb.append("\nBOTSING: ").append(c.explanationNl()));
        }
        return sb.toString();
    }
}

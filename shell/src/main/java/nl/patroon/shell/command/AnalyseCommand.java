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
import nl.patroon.shell.support.Messages;
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
        return summary(r.analysis()) + "\n" + Messages.get("analysis.file", r.file()) + "\nSHA-256: " + r.sha256();
    }

    static String summary(Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append(Messages.get("analysis.incidents", a.incidents()));
        if (a.firstDay() != null) {
            sb.append(", ").append(Messages.get("analysis.period", a.firstDay().toString(), a.lastDay().toString()));
        }
        if (!a.undatedIncidentIds().isEmpty()) {
            sb.append("; ").append(Messages.get("analysis.undated", String.join(", ", a.undatedIncidentIds())));
        }
        // The verdicts, red flags and legal elements are the dossier's Dutch terms of art (data files for lawyers).
        sb.append('\n').append(Messages.get("analysis.escalation", a.escalation().frequency().verdictNl(),
                a.escalation().severity().verdictNl(), a.intervals().verdictNl())).append('\n');
        sb.append(Messages.get("analysis.red-flags")).append(':');
        List<Findings.RedFlag> present = a.redFlags().stream().filter(Findings.RedFlag::present).toList();
        if (present.isEmpty()) {
            sb.append(' ').append(Messages.get("analysis.none"));
        }
        present.forEach(f -> sb.append("\n  ").append(f.nl()).append(": ").append(String.join(", ", f.incidentIds())));
        sb.append('\n').append(Messages.get("analysis.victim-only")).append(": ")
                .append(a.victimOnly().isEmpty() ? Messages.get("analysis.none") : String.join(", ", a.victimOnly()));
        for (ArticleAssessment art : a.articles()) {
            sb.append("\nArt. ").append(art.article()).append(" (").append(art.title()).append(")");
            for (ElementAssessment e : art.elements()) {
                sb.append("\n  ").append(e.statusNl().toUpperCase(java.util.Locale.ROOT)).append("  ").append(e.name())
                        .append(e.incidentIds().isEmpty() ? "" : ": " + String.join(", ", e.incidentIds()));
            }
            if (art.contacts() != null && art.contacts().incidents() > 0) {
                sb.append("\n  ").append(Messages.get("analysis.contacts", art.contacts().incidents(),
                        art.contacts().days(), String.valueOf(art.contacts().first()),
                        String.valueOf(art.contacts().last()), String.valueOf(art.contacts().perWeek())));
            }
        }
        if (!a.orders().conflicts().isEmpty()) {
            a.orders().conflicts().forEach(c -> sb.append('\n').append(Messages.get("analysis.conflict")).append(": ")
                    .append(c.explanationNl()));
        }
        return sb.toString();
    }
}

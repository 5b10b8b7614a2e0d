package nl.patroon.shell.support;

import nl.patroon.app.Adapters;
import nl.patroon.app.Settings;
import nl.patroon.app.casefile.AddParty;
import nl.patroon.app.casefile.CreateCase;
import nl.patroon.app.casefile.ListParties;
import nl.patroon.app.casefile.MapAuthor;
import nl.patroon.app.casefile.UnresolvedAuthors;
import nl.patroon.app.demo.Demo;
import nl.patroon.app.evidence.ListEvidence;
import nl.patroon.app.export.ExportTimeline;
import nl.patroon.app.ingest.Ingest;
import nl.patroon.app.ingest.Redetect;
import nl.patroon.app.search.Classify;
import nl.patroon.app.search.Search;
import nl.patroon.app.verify.VerifyCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the application layer's use cases to the commands; the settings are read here, once, at start-up. */
@Configuration
public class UseCases {
    @Bean
    Settings settings() {
        return Settings.fromSystem();
    }

    @Bean
    Adapters adapters(Settings settings) {
        return new Adapters(settings);
    }

    @Bean
    CreateCase createCase(Adapters a) {
        return new CreateCase(a);
    }

    @Bean
    AddParty addParty(Adapters a) {
        return new AddParty(a);
    }

    @Bean
    ListParties listParties(Adapters a) {
        return new ListParties(a);
    }

    @Bean
    UnresolvedAuthors unresolvedAuthors(Adapters a) {
        return new UnresolvedAuthors(a);
    }

    @Bean
    MapAuthor mapAuthor(Adapters a) {
        return new MapAuthor(a);
    }

    @Bean
    Ingest ingest(Adapters a) {
        return new Ingest(a);
    }

    @Bean
    Redetect redetect(Adapters a) {
        return new Redetect(a);
    }

    @Bean
    Search search(Adapters a) {
        return new Search(a);
    }

    @Bean
    Classify classify(Adapters a) {
        return new Classify(a);
    }

    @Bean
    ListEvidence listEvidence(Adapters a) {
        return new ListEvidence(a);
    }

    @Bean
    ExportTimeline exportTimeline(Adapters a) {
        return new ExportTimeline(a);
    }

    @Bean
    VerifyCase verifyCase(Adapters a) {
        return new VerifyCase(a);
    }

    @Bean
    Demo demo(CreateCase createCase, AddParty addParty, Ingest ingest, ExportTimeline export, Settings settings) {
        return new Demo(createCase, addParty, ingest, export, settings.demoSample());
    }
}

package nl.patroon.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** dossier-core is the domain: it must not know the database, the search engine, the extractor or the shell framework. */
class ModuleBoundariesTest {
    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.patroon.core");

    @Test
    void dossier_core_uses_neither_sql_nor_lucene_nor_tika_nor_spring() {
        ArchRule rule = noClasses().that().resideInAPackage("nl.patroon.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                        "org.apache.lucene..", "org.apache.tika..", "org.springframework..")
                .because("dossier-core holds the domain and its ports; the adapters (SQLite, Lucene, Tika) and the"
                        + " shell framework implement or use them from outside (docs/ARCHITECTURE.md)");
        rule.check(core);
    }

    @Test
    void dossier_core_does_not_know_the_other_modules() {
        noClasses().that().resideInAPackage("nl.patroon.core..")
                .should().dependOnClassesThat().resideInAnyPackage("nl.patroon.indexer..", "nl.patroon.templates..",
                        "nl.patroon.shell..")
                .check(core);
    }
}

package nl.patroon.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Only the shell knows Spring; the indexer knows neither the shell nor rendering. */
class ModuleBoundariesTest {
    private final JavaClasses all = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.patroon");

    @Test
    void the_indexer_knows_neither_spring_nor_the_shell_nor_rendering() {
        noClasses().that().resideInAPackage("nl.patroon.indexer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "nl.patroon.shell..",
                        "nl.patroon.templates..")
                .check(all);
    }

    @Test
    void dossier_core_and_templates_know_no_spring() {
        noClasses().that().resideInAnyPackage("nl.patroon.core..", "nl.patroon.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(all);
    }
}

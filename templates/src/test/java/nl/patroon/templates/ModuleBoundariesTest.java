package nl.patroon.templates;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** templates renders what dossier-core builds; it never touches the index or the extractor. */
class ModuleBoundariesTest {
    private final JavaClasses templates = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.patroon.templates");

    @Test
    void templates_uses_neither_lucene_nor_tika() {
        noClasses().that().resideInAPackage("nl.patroon.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.apache.tika..",
                        "nl.patroon.indexer..", "nl.patroon.shell..", "org.springframework..")
                .check(templates);
    }
}

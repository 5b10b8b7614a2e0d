package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The instanceof rule of {@link ModuleBoundariesTest} sees a downcast in bytecode, and only a downcast. */
class InstanceofRuleTest {
    interface Shape {
    }

    static final class Circle implements Shape {
    }

    abstract static class Polygon implements Shape {
    }

    static final class Downcasts {
        boolean round(Shape s) {
            return s instanceof Circle;
        }
    }

    static final class AsksTheInterfaceOnly {
        boolean shape(Object o) {
            return o instanceof Shape || o instanceof Polygon || o instanceof List<?>;
        }
    }

    private static EvaluationResult evaluate(Class<?>... classes) {
        JavaClasses imported = new ClassFileImporter().importClasses(List.of(classes));
        return ArchRuleDefinition.classes().that().haveSimpleNameStartingWith("")
                .should(ModuleBoundariesTest.notCheckInstanceofConcrete(Shape.class.getName()))
                .evaluate(imported);
    }

    @Test
    void an_instanceof_on_a_concrete_implementation_is_a_violation() {
        EvaluationResult result = evaluate(Downcasts.class, Circle.class, Shape.class);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains("Circle"));
    }

    @Test
    void an_instanceof_on_the_interface_or_an_abstract_class_is_not() {
        EvaluationResult result = evaluate(AsksTheInterfaceOnly.class, Polygon.class, Shape.class);
        assertThat(result.hasViolation()).isFalse();
    }
}

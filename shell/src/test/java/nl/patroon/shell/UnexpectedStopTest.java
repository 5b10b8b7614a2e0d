package nl.patroon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A command stopped by a JVM error says so on screen, with what the user can do; other failures are left alone. */
class UnexpectedStopTest {
    @Test
    void an_ingest_out_of_memory_is_reported_with_what_to_do() {
        // as Spring Boot hands it over: the runner's error wrapped in an IllegalStateException
        Throwable failure = new IllegalStateException("Failed to execute ApplicationRunner",
                new OutOfMemoryError("Java heap space"));
        assertThat(UnexpectedStop.message(failure))
                .contains("onvoldoende geheugen", "Java heap space", "opnieuw", "-Xmx");
    }

    @Test
    void any_other_jvm_error_is_named() {
        assertThat(UnexpectedStop.message(new IllegalStateException(new StackOverflowError())))
                .contains("onverwachte fout", "StackOverflowError");
    }

    @Test
    void an_exception_without_an_error_behind_it_is_left_to_spring_shell() {
        assertThat(UnexpectedStop.message(new IllegalStateException("Unrecognised option '--x'",
                new IllegalArgumentException("x")))).isNull();
    }
}

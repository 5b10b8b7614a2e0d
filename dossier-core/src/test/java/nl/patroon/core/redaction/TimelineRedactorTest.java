package nl.patroon.core.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.patroon.core.timeline.TextSegment;
import org.junit.jupiter.api.Test;

class TimelineRedactorTest {
    final RedactionPolicy policy = RedactionPolicy.standard(RedactionList.empty());

    @Test
    void marked_runs_keep_their_words_and_a_removal_inside_an_unmarked_run_becomes_its_placeholder() {
        String text = "bel 0612345678 nu, ik maak je af";
        RedactedText r = policy.redact(text);
        List<TextSegment> segments = List.of(new TextSegment("bel 0612345678 nu, ", false, null),
                new TextSegment("ik maak je af", true, "THREAT_TO_KILL"));
        assertThat(TimelineRedactor.segments(segments, r)).containsExactly(
                new TextSegment("bel [telefoonnummer] nu, ", false, null),
                new TextSegment("ik maak je af", true, "THREAT_TO_KILL"));
    }

    @Test
    void a_marked_run_that_lies_inside_a_removal_disappears_into_the_placeholder() {
        String text = "mail anna@example.nl nu";
        RedactedText r = policy.redact(text);
        List<TextSegment> segments = List.of(new TextSegment("mail anna@", false, null),
                new TextSegment("example", true, "MONITORING"), new TextSegment(".nl nu", false, null));
        List<TextSegment> out = TimelineRedactor.segments(segments, r);
        assertThat(String.join("", out.stream().map(TextSegment::text).toList())).isEqualTo("mail [e-mailadres] nu");
        assertThat(out).noneMatch(s -> s.text().contains("example"));
    }
}

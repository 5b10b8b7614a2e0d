package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import nl.patroon.core.redaction.Audience;
import nl.patroon.templates.export.ExportFormat;
import nl.patroon.templates.export.ExportOptions;
import nl.patroon.templates.export.TimelineExporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same case exported twice, each time from a freshly built timeline, gives the same bytes in every format. */
class ExportDeterminismTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void the_same_case_exported_twice_gives_identical_bytes(ExportFormat format) {
        ExportOptions options = CaseFixture.options(Audience.VERDEDIGING);
        byte[] first = new TimelineExporter().export(CaseFixture.standard().build(), format, options).bytes();
        byte[] second = new TimelineExporter().export(CaseFixture.standard().build(), format, options).bytes();
        assertThat(first).isNotEmpty();
        assertThat(second).as(format + " bytes").isEqualTo(first);
    }
}

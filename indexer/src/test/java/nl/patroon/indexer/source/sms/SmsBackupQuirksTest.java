package nl.patroon.indexer.source.sms;

import static nl.patroon.indexer.source.chat.ChatFixtures.read;
import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quirks of real "SMS Backup & Restore" files, read as the app means them (fixture: sms_backup_quirks.xml). */
class SmsBackupQuirksTest {
    private final SmsBackupSource source = new SmsBackupSource();

    private List<Passage> passages() throws Exception {
        return readOk(source, resource("sms/sms_backup_quirks.xml"), "application/xml").passages();
    }

    @Test
    void emojiWrittenAsTwoSurrogateReferencesAreReadAsTheEmoji() throws Exception {
        Passage first = passages().get(0);

        assertThat(first.text()).isEqualTo("sorry schat \uD83D\uDE18\nkom je terug?");
        assertThat(first.text().codePoints().filter(c -> c == 0x1F618)).hasSize(1);
    }

    @Test
    void anUnpairedHalfBecomesTheReplacementCharacterAndTheMessageIsKept() throws Exception {
        assertThat(passages().get(2).text()).isEqualTo("ok \uFFFD dan niet");
    }

    @Test
    void lineBreaksWrittenAsCharacterReferencesStayLineBreaks() throws Exception {
        assertThat(passages().get(1).text()).isEqualTo("Laat me met rust.\n\nIk bel de politie.");
    }

    @Test
    void oneBrokenMessageIsLostAloneAndReportedWithItsLine() throws Exception {
        SourceResult.Read read = readOk(source, resource("sms/sms_backup_quirks.xml"), "application/xml");

        assertThat(read.passages()).hasSize(6);
        assertThat(read.passages()).extracting(Passage::text).doesNotContain("jij & je moeder");
        assertThat(read.metadata().get(Problems.KEY_LOST)).startsWith("1 — regel 7: geen geldige XML");
        assertThat(read.metadata()).containsEntry("sms", "5").containsEntry("mms", "1");
        // messages keep their own line, also after the lost one
        assertThat(read.passages()).extracting(p -> p.locator().line()).containsExactly(5, 6, 8, 9, 20, 21);
        assertThat(read.passages()).extracting(p -> p.locator().message()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void anMmsKeepsItsTextAndNotesItsMediaWithoutTheSmilLayout() throws Exception {
        Passage mms = passages().get(3);

        assertThat(mms.text()).isEqualTo("\uD83D\uDE21 kijk maar wat je hebt gedaan\n<bijlage: IMG_0107.jpg (image/jpeg)>");
        assertThat(mms.author()).isEqualTo("+31600000001");
        assertThat(mms.system()).isFalse();
        assertThat(mms.time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-06-09T08:15:00+02:00"));
    }

    @Test
    void unknownContactIsNotANameTheNumberIs() throws Exception {
        SourceResult.Read read = readOk(source, resource("sms/sms_backup_quirks.xml"), "application/xml");

        assertThat(read.passages().get(0).author()).isEqualTo("+31600000013");
        assertThat(read.metadata().get("contactnamen")).isEqualTo("+31600000001 = Mark");
    }

    @Test
    void withoutUsableEpochMillisTheReadableDateIsReadOnlyWhenItsFormIsUnmistakable() throws Exception {
        SourceResult.Read read = readOk(source, resource("sms/sms_backup_quirks.xml"), "application/xml");
        Passage dutch = read.passages().get(4);
        Passage ambiguous = read.passages().get(5);

        assertThat(dutch.time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-06-09T09:00:00+02:00"));
        assertThat(dutch.time().precision()).isEqualTo(TimePrecision.SECOND);
        assertThat(ambiguous.time()).isNull(); // 09/06/2024: 9 June or 6 September
        assertThat(read.metadata().get(Problems.KEY_TIME_FROM_TEXT)).contains("bericht 5");
        assertThat(read.metadata().get(Problems.KEY_UNDATED)).startsWith("1 — bericht 6 (date='onbekend'");
    }

    @Test
    void aRawLessThanOrAMissingQuoteCutsOnlyItsOwnMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("backup.xml");
        Files.writeString(f, "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"4\">\n"
                + "  <sms address=\"1\" date=\"1717882812000\" type=\"1\" body=\"eerste\" />\n"
                + "  <sms address=\"1\" date=\"1717882813000\" type=\"1\" body=\"ik <3 jou\" />\n"
                + "  <sms address=\"1\" date=\"1717882814000\" type=\"1\" body=\"geen einde />\n"
                + "  <sms address=\"1\" date=\"1717882815000\" type=\"1\" body=\"laatste\" />\n"
                + "  <mms date=\"1717882816000\" msg_box=\"1\" address=\"1\"><parts><part ct=\"text/plain\" text=\"open\" />\n"
                + "  <sms address=\"1\" date=\"1717882817000\" type=\"1\" body=\"na de open mms\" />\n"
                + "</smses>\n");

        SourceResult.Read read = readOk(source, f, "application/xml");

        assertThat(read.passages()).extracting(Passage::text).containsExactly("eerste", "laatste", "na de open mms");
        assertThat(read.metadata().get(Problems.KEY_LOST)).startsWith("3 — regel 4: ").contains("regel 5: ", "regel 7: ");
    }

    @Test
    void aFileOfOnlyBrokenMessagesFailsWithTheReasons(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("backup.xml");
        Files.writeString(f, "<?xml version='1.0'?>\n<smses count=\"1\">\n"
                + "  <sms address=\"1\" date=\"0\" type=\"1\" body=\"&onbekend;\" />\n</smses>\n");

        SourceResult r = read(source, f, "application/xml");

        assertThat(r).isInstanceOf(SourceResult.Failed.class);
        assertThat(((SourceResult.Failed) r).reason()).contains("regel 3");
    }
}

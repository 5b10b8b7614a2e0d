package nl.patroon.indexer.source.sms;

import static nl.patroon.indexer.source.chat.ChatFixtures.input;
import static nl.patroon.indexer.source.chat.ChatFixtures.read;
import static nl.patroon.indexer.source.chat.ChatFixtures.readOk;
import static nl.patroon.indexer.source.chat.ChatFixtures.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.patroon.core.evidence.SourceKind;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.indexer.source.SourceContext;
import nl.patroon.indexer.source.SourceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SmsBackupSourceTest {
    private final SmsBackupSource source = new SmsBackupSource();

    @Test
    void everySmsAndMmsBecomesOnePassageInFileOrder() throws Exception {
        SourceResult.Read read = readOk(source, resource("sms/sms_backup.xml"), "application/xml");

        assertThat(read.kind()).isEqualTo(SourceKind.SMS);
        List<Passage> p = read.passages();
        assertThat(p).hasSize(6);
        assertThat(p).extracting(x -> x.locator().message()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(p.get(0).locator().line()).isEqualTo(5);
        assertThat(read.metadata()).containsEntry("sms", "4").containsEntry("mms", "2");
    }

    @Test
    void receivedMessagesAreByTheNumberAndSentOnesByThePhonesOwner() throws Exception {
        SourceResult.Read read = readOk(source, resource("sms/sms_backup.xml"), "application/xml");
        List<Passage> p = read.passages();

        assertThat(p).extracting(Passage::author).containsExactly("+31612345678", SmsBackupSource.OWNER,
                "0612345678", "+31612345678", SmsBackupSource.OWNER, "+31612345678");
        assertThat(read.metadata().get("contactnamen")).contains("+31612345678 = Mark");
    }

    @Test
    void bodiesAreDecodedWithTheirEntitiesAndMmsTextAndAttachmentsAreKept() throws Exception {
        List<Passage> p = readOk(source, resource("sms/sms_backup.xml"), "application/xml").passages();

        assertThat(p.get(0).text()).isEqualTo("Waar ben je? Ik weet dat je bij haar bent & ik kom eraan");
        assertThat(p.get(2).text()).isEqualTo("Je gaat hier spijt van krijgen \uD83D\uDE21");
        assertThat(p.get(3).text()).isEqualTo("Ik sta voor je deur.\n<bijlage: IMG_0042.jpg (image/jpeg)>");
        assertThat(p.get(3).system()).isFalse();
        // an attachment without words: kept, marked like WhatsApp's media lines
        assertThat(p.get(4).text()).isEqualTo("<bijlage: screenshot.png (image/png)>");
        assertThat(p.get(4).system()).isTrue();
    }

    @Test
    void timesAreExactInstantsShownInTheCaseZoneAcrossBothDaylightSavingChanges() throws Exception {
        List<Passage> p = readOk(source, resource("sms/sms_backup.xml"), "application/xml").passages();

        assertThat(p).allSatisfy(x -> {
            assertThat(x.time().precision()).isEqualTo(TimePrecision.SECOND);
            assertThat(x.time().start().getZone()).isEqualTo(ZoneId.of("Europe/Amsterdam"));
        });
        assertThat(p.get(0).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-02-14T21:03:11+01:00"));
        assertThat(p.get(3).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-03-31T03:30:00+02:00"));
        // the same wall-clock time 02:30 twice on 27 October, an hour apart: the instants keep them apart
        assertThat(p.get(4).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-27T02:30:00+02:00"));
        assertThat(p.get(5).time().start().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-10-27T02:30:00+01:00"));
    }

    @Test
    void anotherZoneForTheEvidenceItemShowsTheSameInstants() throws Exception {
        SourceResult r = source.read(input(resource("sms/sms_backup.xml"), "application/xml"),
                new SourceContext(ZoneId.of("Europe/London"), false));

        Passage first = ((SourceResult.Read) r).passages().get(0);
        assertThat(first.time().start().toLocalDateTime()).isEqualTo("2024-02-14T20:03:11");
        assertThat(first.time().start().toInstant()).isEqualTo("2024-02-14T20:03:11Z");
    }

    @Test
    @Timeout(10)
    void aBillionLaughsFileFailsCleanly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("lol.xml");
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE smses [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            String prev = "&lol" + (i - 1) + ";";
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(prev.repeat(10)).append("\">\n");
        }
        dtd.append("]>\n<smses count=\"1\"><sms address=\"1\" date=\"0\" type=\"1\" body=\"&lol9;\" /></smses>\n");
        Files.writeString(f, dtd);

        SourceResult r = read(source, f, "application/xml");

        assertThat(r).isInstanceOf(SourceResult.Failed.class);
    }

    @Test
    @Timeout(10)
    void anExternalEntityIsNeitherFetchedNorRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM");
        Path f = dir.resolve("xxe.xml");
        Files.writeString(f, "<?xml version=\"1.0\"?>\n<!DOCTYPE smses [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<smses count=\"1\"><sms address=\"1\" date=\"0\" type=\"1\" body=\"x\">&xxe;</sms></smses>\n");

        SourceResult r = read(source, f, "application/xml");

        assertThat(r).isInstanceOf(SourceResult.Failed.class);
        assertThat(r.toString()).doesNotContain("GEHEIM");
    }

    @Test
    void acceptsSmsBackupsOnly(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><rss><channel/></rss>");

        assertThat(source.accepts(input(resource("sms/sms_backup.xml"), "application/xml"))).isTrue();
        assertThat(source.accepts(input(other, "application/xml"))).isFalse();
    }
}

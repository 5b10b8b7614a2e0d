package nl.patroon.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.patroon.core.timeline.Exhibit;
import nl.patroon.templates.export.MediumPaths;
import org.junit.jupiter.api.Test;

class MediumPathsTest {
    static Exhibit exhibit(String id, String path) {
        return new Exhibit(id, "x", path, null, null, "00".repeat(32), 1, null, "indexed", null, 0, List.of());
    }

    @Test
    void paths_are_shown_from_the_folder_the_inputs_share_never_from_the_investigator_s_disk() {
        Map<String, String> p = MediumPaths.relative(List.of(
                exhibit("E-0001", "/home/rechercheur/beslag/telefoon/chat.txt"),
                exhibit("E-0002", "/home/rechercheur/beslag/mail.mbox"),
                exhibit("E-0003", "/home/rechercheur/beslag/mail.mbox!/bericht 3/foto.jpg"),
                exhibit("E-0004", "C:\\Users\\rech\\beslag\\telefoon\\sms.xml")));
        // the Windows path shares no folder with the others: nothing is shared, each is shown without its root
        assertThat(p).containsEntry("E-0004", "Users/rech/beslag/telefoon/sms.xml")
                .containsEntry("E-0003", "home/rechercheur/beslag/mail.mbox!/bericht 3/foto.jpg");
        assertThat(p.values()).allSatisfy(v -> assertThat(v).doesNotStartWith("/").doesNotContain(":\\"));
    }

    @Test
    void one_seized_folder_is_shown_relative_to_itself_and_archive_members_keep_their_inner_path() {
        Map<String, String> p = MediumPaths.relative(List.of(
                exhibit("E-0001", "/mnt/beslag/telefoon/chat.txt"),
                exhibit("E-0002", "/mnt/beslag/mail.mbox"),
                exhibit("E-0003", "/mnt/beslag/export.zip!/map/bericht.eml"),
                exhibit("E-0004", "./relatief/../mnt/beslag/telefoon/sms.xml")));
        assertThat(p).containsEntry("E-0001", "telefoon/chat.txt").containsEntry("E-0002", "mail.mbox")
                .containsEntry("E-0003", "export.zip!/map/bericht.eml").containsEntry("E-0004", "telefoon/sms.xml");
    }

    @Test
    void a_single_file_is_shown_by_its_name() {
        assertThat(MediumPaths.relative(List.of(exhibit("E-0001", "/home/x/aangifte.pdf"))))
                .containsEntry("E-0001", "aangifte.pdf");
    }
}

package nl.patroon.shell.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.patroon.core.casefile.CaseStorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The current case belongs to one terminal (or one shell), never to the user as a whole. */
class CaseSessionTest {
    @TempDir
    Path tmp;
    Path caseA;
    Path caseB;

    @BeforeEach
    void cases() throws Exception {
        Messages.use("nl");
        caseA = Files.createDirectories(tmp.resolve("zaak-a"));
        caseB = Files.createDirectories(tmp.resolve("zaak-b"));
        Files.writeString(caseA.resolve("case.json"), "{}");
        Files.writeString(caseB.resolve("case.json"), "{}");
    }

    CaseSession terminal(String name) {
        return new CaseSession(CaseSession.sessionFile(tmp.resolve("sessions"), name), null);
    }

    @Test
    void two_terminals_keep_their_own_case() {
        terminal("pts/1").use(caseA.toString());
        terminal("pts/2").use(caseB.toString());
        // Each command of the script is a new process: what it finds is what its own terminal chose.
        assertThat(terminal("pts/1").resolve(null)).isEqualTo(caseA);
        assertThat(terminal("pts/2").resolve(null)).isEqualTo(caseB);
        assertThat(terminal("pts/3").lastCase()).isEmpty();
    }

    @Test
    void one_shell_keeps_its_case_in_memory_even_without_a_terminal_name() {
        CaseSession shell = new CaseSession(null, null);
        shell.use(caseA.toString());
        assertThat(shell.resolve(null)).isEqualTo(caseA);
        assertThat(new CaseSession(null, null).lastCase()).isEmpty();
    }

    @Test
    void patroon_case_pins_a_case_and_an_option_overrides_it() {
        CaseSession pinned = new CaseSession(CaseSession.sessionFile(tmp.resolve("sessions"), "pts/1"),
                caseB.toString());
        assertThat(pinned.resolve(null)).isEqualTo(caseB);
        assertThat(pinned.resolve(caseA.toString())).isEqualTo(caseA);
    }

    @Test
    void without_any_case_the_user_is_told_what_to_do() {
        assertThatThrownBy(() -> terminal("pts/9").resolve(null)).isInstanceOf(CaseStorageException.class)
                .hasMessageContaining("--case <map>").hasMessageContaining("PATROON_CASE");
    }

    @Test
    void a_terminal_name_becomes_a_plain_file_name() {
        assertThat(CaseSession.sessionFile(tmp, "/dev/pts/3")).isEqualTo(tmp.resolve("dev-pts-3"));
        assertThat(CaseSession.sessionFile(tmp, "")).isNull();
    }
}

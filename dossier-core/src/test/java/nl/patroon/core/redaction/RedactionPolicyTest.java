package nl.patroon.core.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionPolicyTest {
    final RedactionList list = RedactionList.empty()
            .with("Basisschool De Regenboog", "[school kind]")
            .with("Blijf Groep Rotterdam", "opvang")
            .with("Kerkhoflaan 17", "adres slachtoffer");
    final RedactionPolicy policy = RedactionPolicy.standard(list);

    String redact(String text) {
        return policy.redact(text).text();
    }

    @Test
    void dutch_and_international_phone_numbers_become_a_placeholder() {
        assertThat(redact("bel me op 06-12345678 of 06 1234 5678")).isEqualTo("bel me op [telefoonnummer] of [telefoonnummer]");
        assertThat(redact("nummer +31 6 12345678.")).isEqualTo("nummer [telefoonnummer].");
        assertThat(redact("vast 010-1234567, mobiel 0031612345678")).isEqualTo("vast [telefoonnummer], mobiel [telefoonnummer]");
        assertThat(redact("zijn Engelse nummer +447911123456")).isEqualTo("zijn Engelse nummer [telefoonnummer]");
    }

    @Test
    void times_dates_and_amounts_are_not_phone_numbers() {
        String text = "om 22.15 uur op 12-03-2024 betaalde ik € 1.250 voor 3 dagen";
        assertThat(redact(text)).isEqualTo(text);
    }

    @Test
    void e_mail_addresses_are_removed() {
        assertThat(redact("mail naar anna.jansen@example.nl!")).isEqualTo("mail naar [e-mailadres]!");
    }

    @Test
    void a_bsn_is_removed_only_when_it_passes_the_eleven_test() {
        assertThat(Detectors.elevenTest("111222333")).isTrue();
        assertThat(Detectors.elevenTest("123456782")).isTrue();
        assertThat(Detectors.elevenTest("123456789")).isFalse();
        assertThat(redact("BSN 123456782")).isEqualTo("BSN [BSN]");
        assertThat(redact("BSN 123.456.782")).isEqualTo("BSN [BSN]");
        assertThat(new RedactionPolicy(java.util.List.of(Detectors.bsn())).redact("dossier 123456789").text())
                .isEqualTo("dossier 123456789");
    }

    @Test
    void street_addresses_and_postcodes_are_removed() {
        assertThat(redact("Ze woont nu aan de Dorpsstraat 12a, 3011 AB Rotterdam."))
                .isEqualTo("Ze woont nu aan de [adres], [postcode].");
        assertThat(redact("naar de Burgemeester van Walsumweg 7-II gegaan"))
                .isEqualTo("naar de [adres] gegaan");
        assertThat(redact("postcode 1234AB")).isEqualTo("postcode [postcode]");
    }

    @Test
    void the_case_list_removes_school_and_shelter_and_its_label_wins_over_a_pattern() {
        assertThat(redact("de kinderen zitten op basisschool de regenboog")).isEqualTo("de kinderen zitten op [school kind]");
        assertThat(redact("Zij verblijft bij Blijf   Groep Rotterdam.")).isEqualTo("Zij verblijft bij [opvang].");
        assertThat(redact("haar adres is Kerkhoflaan 17 in Delft")).isEqualTo("haar adres is [adres slachtoffer] in Delft");
    }

    @Test
    void positions_in_the_original_map_to_the_redacted_text() {
        RedactedText r = policy.redact("bel 0612345678 nu, ik maak je af");
        assertThat(r.text()).isEqualTo("bel [telefoonnummer] nu, ik maak je af");
        int start = "bel 0612345678 nu, ".length();
        assertThat(r.text().substring(r.map(start), r.map(start + "ik maak je af".length()))).isEqualTo("ik maak je af");
        assertThat(r.map(6)).as("inside the removed number: the placeholder's start").isEqualTo(4);
    }

    @Test
    void nothing_is_removed_for_the_court_or_the_working_version() {
        String text = "bel 0612345678";
        assertThat(RedactionPolicy.forAudience(Audience.RECHTBANK, list).redact(text).text()).isEqualTo(text);
        assertThat(RedactionPolicy.forAudience(Audience.WERKVERSIE, list).redact(text).text()).isEqualTo(text);
        assertThat(RedactionPolicy.forAudience(Audience.VERDEDIGING, list).redact(text).text()).isEqualTo("bel [telefoonnummer]");
        assertThat(RedactionPolicy.forAudience(Audience.WEDERPARTIJ, list).redact(text).text()).isEqualTo("bel [telefoonnummer]");
    }

    @Test
    void audiences_are_named_in_dutch_and_english() {
        assertThat(Audience.parse("Verdediging")).isEqualTo(Audience.VERDEDIGING);
        assertThat(Audience.parse("court")).isEqualTo(Audience.RECHTBANK);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Audience.parse("pers"))
                .hasMessageContaining("rechtbank, verdediging, wederpartij, werkversie");
    }
}

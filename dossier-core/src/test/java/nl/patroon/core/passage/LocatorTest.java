package nl.patroon.core.passage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LocatorTest {

    @Property
    void a_page_locator_code_reads_back_to_the_same_locator(@ForAll @IntRange(min = 1, max = 5000) int page,
                                                            @ForAll @IntRange(min = 1, max = 5000) int paragraph) {
        Locator l = Locator.onPage(page, paragraph);
        assertThat(Locator.parse(l.code())).isEqualTo(l);
    }

    @Property
    void a_message_locator_code_reads_back_to_the_same_message(@ForAll @IntRange(min = 1) int message) {
        assertThat(Locator.parse(Locator.message(message, 0).code()).message()).isEqualTo(message);
    }

    @Test
    void codes_and_dutch_citations() {
        assertThat(Locator.onPage(2, 3).code()).isEqualTo("p2.3");
        assertThat(Locator.onPage(2, 3).display()).isEqualTo("p. 2, alinea 3");
        assertThat(Locator.paragraph(7).code()).isEqualTo("a7");
        assertThat(Locator.message(1520, 3041).display()).isEqualTo("bericht 1520 (regel 3041)");
    }

    @Property
    void a_piece_of_a_paragraph_reads_back_with_its_first_sentence(@ForAll @IntRange(min = 0, max = 50) int page,
                                                                  @ForAll @IntRange(min = 1, max = 5000) int paragraph,
                                                                  @ForAll @IntRange(min = 1, max = 255) int sentence) {
        Locator l = (page > 0 ? Locator.onPage(page, paragraph) : Locator.paragraph(paragraph)).fromSentence(sentence);
        assertThat(Locator.parse(l.code())).isEqualTo(l);
    }

    @Test
    void a_piece_of_a_paragraph_is_cited_by_the_sentence_it_starts_with() {
        assertThat(Locator.onPage(2, 9).fromSentence(3).code()).isEqualTo("p2.9s3");
        assertThat(Locator.onPage(2, 9).fromSentence(3).display()).isEqualTo("p. 2, alinea 9, vanaf zin 3");
        assertThat(Locator.paragraph(7).fromSentence(2).code()).isEqualTo("a7s2");
        assertThat(Locator.onPage(2, 9).fromSentence(0)).isEqualTo(Locator.onPage(2, 9));
        assertThatThrownBy(() -> Locator.message(4, 0).fromSentence(2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_locator_is_a_page_position_or_a_message_never_both() {
        assertThatThrownBy(() -> new Locator(1, 1, 5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Locator.parse("x9")).hasMessageContaining("Ongeldige vindplaats");
    }
}

package nl.patroon.indexer.source.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written line splitter and header folding behave exactly as the simple definitions they replace. */
class ChatTextProperties {

    @Provide
    Arbitrary<String> exportLike() {
        return Arbitraries.of("\n", "\r", "\r\n", "\n\r", "a", "18-03-2022 14:56 - Mark: hoi", " ", "\u200E", "é", "\uFFFD",
                "\u0661\u0668", "\u00A0", "\u060C", "[", "]").list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void lines_split_like_the_regular_expression(@ForAll("exportLike") String text) {
        assertThat(ChatText.lines(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEqualTo(List.of(text.split("\r\n|\n|\r", -1)));
    }

    /** Line breaks, text, and bytes no UTF-8 text may hold: lone continuation bytes, cut-off sequences, overlongs. */
    @Provide
    Arbitrary<byte[]> exportBytes() {
        Arbitrary<byte[]> piece = Arbitraries.of(new byte[] {'\n'}, new byte[] {'\r'}, new byte[] {'\r', '\n'},
                "a".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "é😡".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                new byte[] {(byte) 0xC3}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF});
        return piece.list().ofMaxSize(30).map(parts -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    @Property(tries = 3000)
    void lines_split_before_decoding_equal_lines_of_the_decoded_text(@ForAll("exportBytes") byte[] utf8) {
        assertThat(ChatText.lines(utf8)).isEqualTo(
                List.of(new String(utf8, java.nio.charset.StandardCharsets.UTF_8).split("\r\n|\n|\r", -1)));
    }

    @Property(tries = 2000)
    void the_header_form_folds_every_digit_space_and_mark_and_keeps_one_character_for_one(@ForAll("exportLike") String line) {
        String folded = ChatText.headerForm(line);
        assertThat(folded).doesNotContain("\u0661", "\u0668", "\u00A0", "\u060C", "\u200E");
        assertThat(folded).hasSize(ChatText.stripBidi(line).length());
    }
}

package nl.patroon.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over e-mails of any shape (nested mixed, alternative and related parts; bodies, attachments named or not; either
 * line end; preambles, epilogues, white space after delimiters), the attachment walk finds what Tika's e-mail parser
 * finds, and a large e-mail's text reads the same through {@link MailTextView} as whole.
 */
class MailStructureProperties {
    /** A part of the generated e-mail. */
    sealed interface Part permits Leaf, Multi {
    }

    enum Kind { TEXT, HTML, TEXT_ATTACHED, PDF_ATTACHED, IMAGE_INLINE, PDF_UNNAMED }

    record Leaf(Kind kind, int n) implements Part {
    }

    record Multi(String subtype, List<Part> children) implements Part {
    }

    /** How the e-mail is written around its parts. */
    record Layout(boolean lf, boolean preamble, boolean epilogue, boolean paddedDelimiters) {
    }

    @Provide
    Arbitrary<Part> parts() {
        return part(3);
    }

    private Arbitrary<Part> part(int depth) {
        Arbitrary<Part> leaf = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 99))
                .as(Leaf::new);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Part> multi = Combinators.combine(Arbitraries.of("mixed", "alternative", "related"),
                Arbitraries.lazy(() -> part(depth - 1)).list().ofMinSize(1).ofMaxSize(4)).as(Multi::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, leaf), net.jqwik.api.Tuple.of(3, multi));
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Layout::new);
    }

    @Property(tries = 150, edgeCases = net.jqwik.api.EdgeCasesMode.MIXIN)
    void attachments_and_text_agree_with_tika(@ForAll("parts") Part root, @ForAll("layouts") Layout layout)
            throws Exception {
        Path dir = Files.createTempDirectory("mail-props");
        try {
            String eol = layout.lf() ? "\n" : "\r\n";
            String mail = ("From: Mark <mark@example.nl>\nTo: Sanne <sanne@example.nl>\nSubject: vorm\n"
                    + "Date: Sat, 8 Jun 2024 23:40:00 +0200\nMIME-Version: 1.0\n").replace("\n", eol)
                    + write(root, layout, eol, new int[1]);
            Path file = Files.writeString(dir.resolve("mail.eml"), mail, StandardCharsets.UTF_8);
            assertThat(MailAttachmentsTest.ours(file)).as(mail).isEqualTo(MailAttachmentsTest.tikas(file));
            TikaExtraction.mailViewThreshold = Long.MAX_VALUE;
            String whole = MailTextViewTest.read(file);
            TikaExtraction.mailViewThreshold = 0;
            assertThat(MailTextViewTest.read(file)).as(mail).isEqualTo(whole);
            try (var view = MailTextView.open(file, 0)) {
                net.jqwik.api.statistics.Statistics.label("view").collect(view != null ? "bodies left out" : "read whole");
            }
        } finally {
            TikaExtraction.mailViewThreshold = MailTextView.THRESHOLD;
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    /** The part's headers and body; a multipart's children between its delimiters. */
    private static String write(Part part, Layout layout, String eol, int[] boundaries) {
        if (part instanceof Leaf leaf) {
            return leaf(leaf).replace("\n", eol);
        }
        Multi multi = (Multi) part;
        String boundary = "grens" + boundaries[0]++;
        String pad = layout.paddedDelimiters() ? " \t" : "";
        StringBuilder b = new StringBuilder("Content-Type: multipart/" + multi.subtype() + "; boundary=\"" + boundary
                + "\"" + eol + eol);
        if (layout.preamble()) {
            b.append("Dit is een bericht in MIME-formaat.").append(eol);
        }
        for (Part child : multi.children()) {
            b.append("--").append(boundary).append(pad).append(eol).append(write(child, layout, eol, boundaries))
                    .append(eol);
        }
        b.append("--").append(boundary).append("--").append(pad).append(eol);
        if (layout.epilogue()) {
            b.append("einde").append(eol);
        }
        return b.toString();
    }

    private static String leaf(Leaf leaf) {
        String words = "Ik weet waar je woont " + leaf.n() + ".";
        String b64 = Base64.getMimeEncoder().encodeToString(("%PDF-1.4 bijlage " + leaf.n())
                .getBytes(StandardCharsets.UTF_8));
        return switch (leaf.kind()) {
            case TEXT -> "Content-Type: text/plain; charset=UTF-8\n\n" + words;
            case HTML -> "Content-Type: text/html; charset=UTF-8\n\n<p>" + words + "</p>";
            case TEXT_ATTACHED -> "Content-Type: text/plain\nContent-Disposition: attachment; filename=\"notitie"
                    + leaf.n() + ".txt\"\n\n" + words;
            case PDF_ATTACHED -> "Content-Type: application/pdf\nContent-Disposition: attachment; filename=\"pv"
                    + leaf.n() + ".pdf\"\nContent-Transfer-Encoding: base64\n\n" + b64;
            case IMAGE_INLINE -> "Content-Type: image/png\nContent-Disposition: inline; filename=\"foto" + leaf.n()
                    + ".png\"\nContent-Transfer-Encoding: base64\n\n" + b64;
            case PDF_UNNAMED -> "Content-Type: application/pdf\nContent-Transfer-Encoding: base64\n\n" + b64;
        };
    }
}

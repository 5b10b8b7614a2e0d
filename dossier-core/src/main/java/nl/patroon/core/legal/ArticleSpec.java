package nl.patroon.core.legal;

import java.util.List;
import nl.patroon.core.taxonomy.Category;

/**
 * An offence as written in its data file (nl/patroon/core/legal/*.yaml): its Dutch title and wording as the
 * domain reference gives it (not the verbatim statute), how courts assess it, what a lawyer must still verify,
 * its versions by date, and its elements.
 *
 * @param contacts for belaging: which categories count as contacts for the count, span and frequency
 */
public record ArticleSpec(String article, String title, String law, String wording, String assessment,
                          String verify, List<LawVersion> versions, Contacts contacts, List<ElementSpec> elements) {

    public record Contacts(List<Category> categories) {
        public Contacts {
            categories = List.copyOf(categories);
        }
    }

    public ArticleSpec {
        if (article == null || title == null) {
            throw new IllegalArgumentException("an article needs 'article' and 'title'");
        }
        law = law == null ? "" : law.strip();
        wording = wording == null ? "" : wording.strip();
        assessment = assessment == null ? "" : assessment.strip();
        verify = verify == null ? "" : verify.strip();
        versions = versions == null ? List.of() : List.copyOf(versions);
        elements = List.copyOf(elements);
    }
}

package nl.patroon.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.Locator;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/** A passage's stored form gives back exactly the passage, hash and categories it was made from. */
class StoredPassageProperties {

    @Property(tries = 1000)
    void what_is_stored_reads_back_unchanged(@ForAll("passages") Passage p, @ForAll("hashes") String sha256,
                                             @ForAll("categories") List<Category> categories) {
        Document d = new Document();
        d.add(StoredPassage.field(p, StoredPassage.Hash.of(sha256), categories));
        d.add(new StoredField(PassageSchema.TEXT, p.text()));

        StoredPassage.Read read = StoredPassage.read(d);

        assertThat(read.passage()).isEqualTo(p);
        assertThat(read.sha256()).isEqualTo(sha256);
        assertThat(read.categories()).isEqualTo(categories.stream().map(Category::name).toList());
        assertThat(StoredPassage.author(d)).isEqualTo(p.author());
    }

    @Provide
    Arbitrary<Passage> passages() {
        Arbitrary<String> evidence = Arbitraries.integers().between(1, 99_999).map(n -> String.format("E-%04d", n));
        Arbitrary<Locator> locator = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.integers().between(1, 5_000_000), Arbitraries.integers().between(0, 9_000_000))
                        .as(Locator::message),
                Arbitraries.integers().between(1, 500).map(Locator::paragraph),
                Combinators.combine(Arbitraries.integers().between(1, 5_000), Arbitraries.integers().between(1, 500))
                        .as(Locator::onPage));
        Arbitrary<String> text = Arbitraries.strings().ofMinLength(0).ofMaxLength(80);
        Arbitrary<String> name = Arbitraries.strings().ofMinLength(1).ofMaxLength(30).injectNull(0.3);
        return Combinators.combine(evidence, locator, times().injectNull(0.2), name, name, name,
                        Arbitraries.of(true, false), text)
                .as((e, l, t, author, party, speaker, system, x) ->
                        new Passage(e, l, t, author, party, author == null ? null : "nl", system, x, speaker));
    }

    private Arbitrary<EventTime> times() {
        // Milliseconds are what the index keeps of a time (as the sort key does).
        Arbitrary<Long> millis = Arbitraries.longs().between(-2_000_000_000_000L, 4_000_000_000_000L);
        Arbitrary<ZoneId> zone = Arbitraries.of("Europe/Amsterdam", "UTC", "America/Paramaribo", "Asia/Kolkata")
                .map(ZoneId::of);
        return Combinators.combine(millis, Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 86_400_000L * 400)), zone,
                        Arbitraries.of(TimePrecision.class))
                .as((start, length, z, precision) -> new EventTime(at(start, z), at(start + length, z), precision));
    }

    private static ZonedDateTime at(long millis, ZoneId zone) {
        return Instant.ofEpochMilli(millis).atZone(zone);
    }

    @Provide
    Arbitrary<String> hashes() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(70)); // anything else is kept as written
    }

    @Provide
    Arbitrary<List<Category>> categories() {
        return Arbitraries.of(Category.class).list().ofMaxSize(4);
    }
}

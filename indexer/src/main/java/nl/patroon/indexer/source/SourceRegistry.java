package nl.patroon.indexer.source;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The known {@link Source}s, in priority order. The first that accepts an item reads it. */
public final class SourceRegistry {
    private final List<Source> sources;

    public SourceRegistry(List<Source> sources) {
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(Source::priority).thenComparing(Source::name))
                .toList();
    }

    /** Every source on the class path, registered in {@code META-INF/services/nl.patroon.indexer.source.Source}. */
    public static SourceRegistry discover() {
        return new SourceRegistry(ServiceLoader.load(Source.class, Source.class.getClassLoader())
                .stream().map(ServiceLoader.Provider::get).toList());
    }

    public Optional<Source> sourceFor(SourceInput input) {
        return sources.stream().filter(s -> s.accepts(input)).findFirst();
    }

    public List<Source> sources() {
        return sources;
    }
}

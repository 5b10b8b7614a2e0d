package nl.patroon.indexer.extract;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;

/**
 * Tika's AutoDetectParser, with the map from media type to parser built once per OCR setting instead of on every
 * parse. Tika rebuilds it per call because a parser's types may depend on the parse context, and in the standard
 * parsers only OCR's do (none when OCR is skipped); building it asked every parser for its types, about 4% of a
 * worker's time. The map goes straight to the leaf parsers, which is where Tika's DefaultParser would send each
 * type after looking it up a second time.
 */
final class TypeMapCachingParser extends AutoDetectParser {
    private final transient java.util.Map<Boolean, java.util.Map<MediaType, Parser>> byOcr =
            new java.util.concurrent.ConcurrentHashMap<>();

    TypeMapCachingParser(TikaConfig config) {
        super(config);
    }

    @Override
    public java.util.Map<MediaType, Parser> getParsers(ParseContext context) {
        TesseractOCRConfig ocr = context.get(TesseractOCRConfig.class);
        return byOcr.computeIfAbsent(ocr == null || !ocr.isSkipOcr(), k -> {
            // as CompositeParser.getParsers: children in order, a later one wins a type
            java.util.Map<MediaType, Parser> leaves = new java.util.HashMap<>();
            for (Parser p : getAllComponentParsers()) {
                if (p instanceof org.apache.tika.parser.CompositeParser c) {
                    leaves.putAll(c.getParsers(context));
                } else {
                    for (MediaType t : p.getSupportedTypes(context)) {
                        leaves.put(getMediaTypeRegistry().normalize(t), p);
                    }
                }
            }
            return java.util.Map.copyOf(leaves);
        });
    }
}

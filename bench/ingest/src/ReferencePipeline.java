import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The pipeline an engineer would otherwise script, as the benchmark's yardstick: what {@code tika-app}
 * batch mode does (AutoDetectParser over every file, one thread per core, one text file per input with
 * embedded documents inlined, no OCR), then what Lucene's demo {@code IndexFiles} does over that text
 * (StandardAnalyzer, one document per text file: path, modified, contents).
 *
 * <p>Usage: {@code java -cp <indexer class path>:bench/ingest/classes ReferencePipeline CORPUS WORKDIR THREADS}
 */
public final class ReferencePipeline {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        Path text = work.resolve("text");
        Path index = work.resolve("index");
        Files.createDirectories(text);

        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        AutoDetectParser parser = new AutoDetectParser();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger failed = new AtomicInteger();
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path in = files.get(i);
            Path out = text.resolve(String.format("%06d.txt", i));
            jobs.add(pool.submit(() -> {
                try {
                    extract(parser, in, out);
                } catch (Exception | StackOverflowError e) {
                    failed.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : jobs) {
            f.get();
        }
        pool.shutdown();
        long t1 = System.nanoTime();

        IndexWriterConfig iwc = new IndexWriterConfig(new StandardAnalyzer());
        iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        int docs = 0;
        long textBytes = 0;
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(index), iwc);
             Stream<Path> s = Files.list(text)) {
            for (Path p : s.sorted().toList()) {
                try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                    Document doc = new Document();
                    doc.add(new StringField("path", p.toString(), Field.Store.YES));
                    doc.add(new LongField("modified", Files.getLastModifiedTime(p).toMillis(), Field.Store.NO));
                    doc.add(new TextField("contents", r));
                    writer.addDocument(doc);
                }
                docs++;
                textBytes += Files.size(p);
            }
            writer.commit();
        }
        long t2 = System.nanoTime();
        System.out.printf("reference: %d files, %d failed, extraction %.2f s, indexing %.2f s (%d docs, %.1f MB text)%n",
                files.size(), failed.get(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, docs, textBytes / 1e6);
    }

    private static void extract(AutoDetectParser parser, Path in, Path out) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, in.getFileName().toString());
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser); // embedded documents are parsed and inlined, as tika-app does
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        ocr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, ocr);
        try (InputStream stream = TikaInputStream.get(in);
             Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            parser.parse(stream, new BodyContentHandler(w), metadata, context);
        }
    }
}

package nl.patroon.indexer.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StandardDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * The open index of each case this process searched lately, kept between searches: a shell session runs search after
 * search on one case, and opening a large index anew for each (every segment's files, field infos and terms index)
 * cost more than the search itself. Each case index has a Lucene {@link SearcherManager}; a searcher is taken from
 * it after a refresh to the index's last commit, so a search still sees what an ingest committed since.
 *
 * <p>At most {@value #MAX_OPEN} indexes stay open; the one used least recently is closed when another opens (a
 * searcher still in use keeps its reader until released). An index deleted and built anew in the same folder cannot
 * be refreshed into; it is then opened afresh.
 */
final class SharedSearchers {
    static final int MAX_OPEN = 4;

    /** A searcher on an index's last commit, and the manager it must go back to. */
    record Lease(SearcherManager manager, IndexSearcher searcher) {
        void release() throws IOException {
            manager.release(searcher);
        }
    }

    private static final Map<Path, SearcherManager> OPEN = new LinkedHashMap<>(8, 0.75f, true);

    private SharedSearchers() {
    }

    /** A searcher on the last commit of the index in {@code dir}; release it when done. */
    static synchronized Lease acquire(Path dir) throws IOException {
        Path key = dir.toAbsolutePath().normalize();
        SearcherManager manager = OPEN.get(key);
        if (manager != null) {
            IndexSearcher searcher = null;
            try {
                manager.maybeRefreshBlocking();
                searcher = manager.acquire();
                if (isLastCommit(searcher, key)) {
                    return new Lease(manager, searcher);
                }
            } catch (IOException | RuntimeException replacedOrBroken) {
                // Files deleted under the reader, or a new index in their place: start again from the folder.
            }
            if (searcher != null) {
                manager.release(searcher);
            }
            OPEN.remove(key);
            manager.close();
        }
        manager = new SearcherManager(FSDirectory.open(key), null);
        OPEN.put(key, manager);
        evictBeyondLimit();
        return new Lease(manager, manager.acquire());
    }

    /**
     * Whether the searcher shows the folder's last commit. Not so when that commit has the searcher's generation but
     * another id, or an earlier generation: the index was deleted and written anew, which a refresh can take for "no
     * change". (A later generation is fine: a commit came after the refresh, and the searcher shows the one before,
     * as a searcher opened a moment earlier would.)
     */
    private static boolean isLastCommit(IndexSearcher searcher, Path dir) throws IOException {
        SegmentInfos mine = ((StandardDirectoryReader) searcher.getIndexReader()).getSegmentInfos();
        SegmentInfos last = SegmentInfos.readLatestCommit(FSDirectory.open(dir));
        return last.getGeneration() > mine.getGeneration()
                || last.getGeneration() == mine.getGeneration() && Arrays.equals(last.getId(), mine.getId());
    }

    private static void evictBeyondLimit() throws IOException {
        var it = OPEN.entrySet().iterator();
        while (OPEN.size() > MAX_OPEN && it.hasNext()) {
            SearcherManager eldest = it.next().getValue();
            it.remove();
            eldest.close();
        }
    }

    /** How many indexes are kept open now (for tests). */
    static synchronized int openCount() {
        return OPEN.size();
    }
}

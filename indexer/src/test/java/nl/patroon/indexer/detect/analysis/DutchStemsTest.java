package nl.patroon.indexer.detect.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

/** The remembered stem is always the stem Snowball gives, from any thread, however often a word comes back. */
class DutchStemsTest {

    private static String fresh(String word) {
        DutchStemmer s = new DutchStemmer();
        s.setCurrent(word);
        s.stem();
        return s.getCurrent();
    }

    private static List<String> words() {
        List<String> out = new ArrayList<>(List.of("bedreigingen", "vermoorden", "vermoordt", "kinderen", "fietsen",
                "ik", "je", "maak", "af", "weggaat", "opnieuw", "uitte", "huilend", "gezien", "ogen", "kanker", "hoi"));
        String[] stems = {"bel", "kom", "sla", "zie", "loop", "weet", "vind", "schreeuw", "volg", "dreig"};
        String[] endings = {"", "en", "t", "de", "den", "ing", "ingen", "end", "je", "tje", "s", "heid", "lijk"};
        for (String s : stems) {
            for (String e : endings) {
                out.add(s + e);
                out.add("ge" + s + e);
            }
        }
        return out;
    }

    @Test
    void gives_snowballs_stem_the_first_time_and_every_time_after() {
        for (int round = 0; round < 3; round++) {
            for (String w : words()) {
                assertThat(DutchStems.stem(w)).as(w).isEqualTo(fresh(w));
            }
        }
    }

    @Test
    void threads_sharing_the_memo_each_get_the_right_stems() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        for (String w : words()) {
                            if (!DutchStems.stem(w).equals(fresh(w))) {
                                wrong.add(w);
                            }
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> r : runs) {
                assertThat(r.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

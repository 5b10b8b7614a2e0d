package nl.patroon.core.incident;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.patroon.core.audit.Sha256;
import nl.patroon.core.passage.EventTime;
import nl.patroon.core.passage.TimePrecision;
import nl.patroon.core.taxonomy.Category;

/**
 * Proposes which open suggestions and incidents tell of the same event. The method (docs/DOSSIER.md):
 * <ol>
 *   <li><b>Incident day.</b> Each member gets a moment (the middle of its time) and an incident day: the
 *       calendar day of that moment minus 6 hours, so an evening and the night after it (20.48 in a chat,
 *       "omstreeks 23.40 uur" in the aangifte, the officers arriving at 00.10) fall on one day. A member dated
 *       only by day keeps its day. Members without a time, or with a period over 36 hours, are never proposed.
 *       Only members on the same incident day are compared: the work is linear in the members plus a sort
 *       per day, never a comparison of every pair in the case.</li>
 *   <li><b>An account covers its evening.</b> An account (report, statement, Veilig Thuis note, doctor's
 *       letter, or an incident someone told of) joins every member within 6 hours of its moment; an account
 *       dated only by day or period joins its whole incident day.</li>
 *   <li><b>The same act told twice.</b> Two members of the same category within 30 minutes of each other
 *       join (the same threat in two exports, a text message and the chat about it).</li>
 *   <li><b>A proposal</b> is a joined group that spans at least two evidence items, or two incidents, and is
 *       not already one incident alone.</li>
 * </ol>
 */
public final class MergeProposer {
    static final Duration NIGHT_SHIFT = Duration.ofHours(6);
    static final Duration ACCOUNT_REACH = Duration.ofHours(6);
    static final Duration SAME_ACT = Duration.ofMinutes(30);
    static final Duration LONGEST_PERIOD = Duration.ofHours(36);
    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private MergeProposer() {
    }

    /** One proposal per group, in day order, then by id. */
    public static List<MergeProposal> propose(List<MergeCandidate> candidates) {
        Map<Long, List<Member>> days = new HashMap<>();
        for (MergeCandidate c : candidates) {
            Member m = Member.of(c);
            if (m != null) {
                days.computeIfAbsent(m.day, d -> new ArrayList<>()).add(m);
            }
        }
        List<MergeProposal> out = new ArrayList<>();
        for (long day : new TreeSet<>(days.keySet())) {
            proposeDay(LocalDate.ofEpochDay(day), days.get(day), out);
        }
        out.sort(Comparator.comparing(MergeProposal::day).thenComparing(MergeProposal::id));
        return out;
    }

    private static void proposeDay(LocalDate day, List<Member> members, List<MergeProposal> out) {
        if (members.size() < 2) {
            return;
        }
        members.sort(Comparator.comparingLong((Member m) -> m.moment).thenComparing(m -> m.c.id()));
        int n = members.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        long[] moments = members.stream().mapToLong(m -> m.moment).toArray();
        joinAccounts(members, moments, parent);
        joinSameActs(members, parent);
        Map<Integer, List<Member>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(members.get(i));
        }
        for (List<Member> g : groups.values()) {
            MergeProposal p = proposal(day, g);
            if (p != null) {
                out.add(p);
            }
        }
    }

    /** Rule 2: each account's reach is an index range over the sorted day; overlapping ranges are one group. */
    private static void joinAccounts(List<Member> members, long[] moments, int[] parent) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            if (!m.c.account()) {
                continue;
            }
            if (m.wholeDay) {
                ranges.add(new int[] {0, members.size() - 1});
            } else {
                long reach = ACCOUNT_REACH.toMillis();
                ranges.add(new int[] {lowerBound(moments, m.moment - reach), upperBound(moments, m.moment + reach) - 1});
            }
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        int runEnd = -1;
        for (int[] r : ranges) {
            // within a range every member joins the account; ranges that share a member are one group
            // (the part up to runEnd is joined already, and a shared member links this range to the run)
            for (int i = Math.max(r[0], runEnd); i < r[1]; i++) {
                union(parent, i, i + 1);
            }
            runEnd = Math.max(runEnd, r[1]);
        }
    }

    /** Rule 3: per category, consecutive members within 30 minutes. */
    private static void joinSameActs(List<Member> members, int[] parent) {
        Map<Category, Integer> last = new HashMap<>();
        long window = SAME_ACT.toMillis();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            for (Category c : m.c.categories()) {
                Integer prev = last.put(c, i);
                if (prev != null && m.moment - members.get(prev).moment <= window) {
                    union(parent, prev, i);
                }
            }
        }
    }

    private static MergeProposal proposal(LocalDate day, List<Member> group) {
        Set<String> evidence = new TreeSet<>();
        List<String> incidents = new ArrayList<>();
        List<String> suggestions = new ArrayList<>();
        Set<Category> categories = new TreeSet<>();
        EventTime time = null;
        for (Member m : group) {
            evidence.addAll(m.c.evidenceIds());
            (m.c.incident() ? incidents : suggestions).add(m.c.id());
            categories.addAll(m.c.categories());
            time = Incident.cover(time, m.c.time());
        }
        boolean oneIncidentAlone = incidents.size() == 1 && suggestions.isEmpty();
        if (group.size() < 2 || oneIncidentAlone || (evidence.size() < 2 && incidents.size() < 2)) {
            return null;
        }
        incidents.sort(Incident.ID_ORDER);
        suggestions.sort(Incident.ID_ORDER);
        String key = String.join(",", incidents) + "|" + String.join(",", suggestions);
        String id = "P-" + Sha256.hex(key).substring(0, 10);
        String reason = "Mogelijk dezelfde gebeurtenis: " + evidence.size() + " bronnen op " + DAY_NL.format(day)
                + " (dag tot 06.00 uur de volgende ochtend): " + String.join(", ", evidence)
                + (incidents.isEmpty() ? "" : "; bestaande incidenten " + String.join(", ", incidents)) + ".";
        return new MergeProposal(id, day, incidents, suggestions, List.copyOf(evidence), List.copyOf(categories),
                time, reason);
    }

    /** A candidate placed on its incident day; null when it cannot be placed. */
    private record Member(MergeCandidate c, long day, long moment, boolean wholeDay) {
        static Member of(MergeCandidate c) {
            EventTime t = c.time();
            if (t == null || t.precision() == TimePrecision.UNKNOWN
                    || Duration.between(t.start(), t.end()).compareTo(LONGEST_PERIOD) > 0) {
                return null;
            }
            var mid = t.start().plus(Duration.between(t.start(), t.end()).dividedBy(2));
            long moment = mid.toInstant().toEpochMilli();
            if (t.precision() == TimePrecision.DAY) {
                return new Member(c, t.start().toLocalDate().toEpochDay(), moment, true);
            }
            long day = mid.minus(NIGHT_SHIFT).toLocalDate().toEpochDay();
            return new Member(c, day, moment, t.precision() == TimePrecision.INTERVAL);
        }
    }

    private static int lowerBound(long[] a, long key) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(long[] a, long key) {
        return lowerBound(a, key + 1);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}

package nl.patroon.indexer.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.patroon.core.detect.Confidence;
import nl.patroon.core.detect.DetectionAttributes;
import nl.patroon.core.passage.Passage;
import nl.patroon.core.taxonomy.Category;

/**
 * Detection over one conversation: the per-message rules of {@link RuleDetector}, with the actor resolved
 * from the case facts, plus the context rules no single message shows (reference.md §1):
 * <ul>
 *   <li>a demand followed by a consequence ("anders ...") from the same author within minutes: COERCION;</li>
 *   <li>a burst of unanswered messages from one author within minutes, in a one-to-one conversation: STALKING
 *   (in a group, a run of one parent's messages is no pursuit of anyone);</li>
 *   <li>contact by the restricted person toward a protected person while a restraining order is in force
 *   (huisverbod, contactverbod, ...): ORDER_VIOLATION naming the order, and STALKING;</li>
 *   <li>repeated location questions within an hour: MONITORING (a single one is ordinary);</li>
 *   <li>a threat after the other party announced she is leaving: SEPARATION (risk multiplier);</li>
 *   <li>a hit its author laughs off in the next message, or the other side laughs back at: one tier lower,
 *   marked as joking ({@link Banter}).</li>
 * </ul>
 * Messages must be given in conversation order. Context rules need message times; without a time a message
 * takes part only in the per-message rules.
 */
public final class ConversationDetector {
    /** Thresholds of the context rules; {@link #DEFAULTS} follow reference.md. */
    public record Thresholds(int burstSize, Duration burstWindow, int locationQuestions, Duration locationWindow,
                             Duration consequenceWindow, Duration separationWindow) {
        public static final Thresholds DEFAULTS = new Thresholds(5, Duration.ofMinutes(10), 3, Duration.ofHours(1),
                Duration.ofMinutes(10), Duration.ofDays(90));
    }

    private static final Set<Category> THREATS = EnumSet.of(Category.THREAT_TO_KILL, Category.THREAT_OF_VIOLENCE,
            Category.THREAT_TO_OTHERS, Category.SUICIDE_THREAT, Category.THREAT_EXPOSURE, Category.CUSTODY_THREAT,
            Category.COERCION);

    private final RuleDetector rules;
    private final Thresholds thresholds;

    public ConversationDetector(RuleDetector rules) {
        this(rules, Thresholds.DEFAULTS);
    }

    public ConversationDetector(RuleDetector rules, Thresholds thresholds) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    record Message(Passage passage, Instant time, String author, String actor, RuleDetector.Analysis analysis,
                   List<Detection> detections) {
    }

    /** Detections per passage id, in conversation order; passages without detections are left out. */
    public Map<String, List<Detection>> detect(List<Passage> conversation, CaseContext context) {
        List<List<Detection>> each = detectEach(conversation, context);
        Map<String, List<Detection>> out = new LinkedHashMap<>();
        for (int i = 0; i < each.size(); i++) {
            if (!each.get(i).isEmpty()) {
                out.put(conversation.get(i).id(), each.get(i));
            }
        }
        return out;
    }

    /**
     * The detections of each passage, in the order of {@code conversation} (an empty list for most, and for the
     * app's own lines). What {@link #detect} gives, without a passage id made and looked up for every message of an
     * export.
     */
    public List<List<Detection>> detectEach(List<Passage> conversation, CaseContext context) {
        CaseContext f = context == null ? CaseContext.none() : context;
        List<Message> messages = new ArrayList<>();
        int[] messageOf = new int[conversation.size()];
        for (int i = 0; i < conversation.size(); i++) {
            Passage p = conversation.get(i);
            if (p.system()) {
                messageOf[i] = -1;
                continue;
            }
            messageOf[i] = messages.size();
            RuleDetector.Analysis a = rules.analyse(p.text(), LanguageGuess.of(p.text(), p.language()));
            List<Detection> own = new ArrayList<>();
            String role = f.actorOf(p.partyId());
            for (Detection d : a.detections()) {
                own.add(d.authorsAct() ? d.withActor(role) : d);
            }
            Instant t = p.time() == null ? null : p.time().start().toInstant();
            String author = p.partyId() != null ? p.partyId() : p.author();
            messages.add(new Message(p, t, author, role, a, own));
        }
        Banter.mark(messages);
        Banter.markGameTalk(messages);
        coercion(messages);
        if (authors(messages).size() <= 2) {
            bursts(messages, f);
        }
        OrderBreaches.mark(messages, f);
        locationQuestions(messages);
        separation(messages, f);
        List<List<Detection>> out = new ArrayList<>(conversation.size());
        for (int i = 0; i < conversation.size(); i++) {
            List<Detection> ds = messageOf[i] < 0 ? List.of() : messages.get(messageOf[i]).detections();
            out.add(ds.isEmpty() ? List.of() : List.copyOf(ds));
        }
        return out;
    }

    private void coercion(List<Message> ms) {
        for (int i = 0; i + 1 < ms.size(); i++) {
            Message demand = ms.get(i);
            if (!hasSignal(demand, "demand")) {
                continue;
            }
            for (int j = i + 1; j < ms.size(); j++) {
                Message next = ms.get(j);
                if (!within(demand.time(), next.time(), thresholds.consequenceWindow())) {
                    break;
                }
                if (!Objects.equals(next.author(), demand.author())) {
                    continue;
                }
                Signal s = signal(next, "consequence");
                if (s != null && !has(next, Category.COERCION)) {
                    next.detections().add(new Detection(Category.COERCION, "ctx.eis-gevolg", s.start(),
                            next.passage().text().length(), Confidence.MEDIUM,
                            "Eis gevolgd door een dreigend gevolg (\"anders ...\") van dezelfde afzender binnen "
                                    + minutes(thresholds.consequenceWindow()) + " minuten.",
                            "Demand followed by a threatened consequence (\"or else ...\") from the same sender within "
                                    + minutes(thresholds.consequenceWindow()) + " minutes.",
                            contextAttributes(next.actor()), true));
                }
                break;
            }
        }
    }

    /** Pursuing messages a burst needs before it is STALKING: five "top"s and "hihi"s chase nobody. */
    private static final int PURSUING = 2;

    private void bursts(List<Message> ms, CaseContext f) {
        int[] pursuing = new int[ms.size() + 1]; // prefix counts of pursuing messages
        for (int k = 0; k < ms.size(); k++) {
            pursuing[k + 1] = pursuing[k] + (pursues(ms.get(k)) ? 1 : 0);
        }
        int i = 0;
        while (i < ms.size()) {
            int j = i;
            while (j + 1 < ms.size() && Objects.equals(ms.get(j + 1).author(), ms.get(i).author())) {
                j++;
            }
            // A run of messages by one author with no answer in between; count the longest part of it that
            // fits in the window.
            String role = f.actorOf(ms.get(i).passage().partyId());
            if (ms.get(i).author() != null && !"victim".equals(role)) {
                int start = i;
                for (int end = i; end <= j; end++) {
                    while (start < end && !within(ms.get(start).time(), ms.get(end).time(), thresholds.burstWindow())) {
                        start++;
                    }
                    int size = end - start + 1;
                    if (size >= thresholds.burstSize() && ms.get(end).time() != null
                            && pursuing[end + 1] - pursuing[start] >= PURSUING) {
                        for (int k = start; k <= end; k++) {
                            markBurst(ms.get(k), size, role);
                        }
                    }
                }
            }
            i = j + 1;
        }
    }

    /** A message that asks to be answered or let in, says he sees her or will not stop, or is only "??". */
    private static boolean pursues(Message m) {
        if (hasSignal(m, "pursuit")) {
            return true;
        }
        String t = m.passage().text().strip();
        return !t.isEmpty() && t.chars().allMatch(c -> c == '?' || c == '!');
    }

    private void markBurst(Message m, int size, String role) {
        if (hasRule(m, "ctx.reeks-berichten")) {
            return;
        }
        m.detections().add(new Detection(Category.STALKING, "ctx.reeks-berichten", 0, m.passage().text().length(),
                Confidence.MEDIUM,
                "Onderdeel van een reeks van " + size + " onbeantwoorde berichten van dezelfde afzender binnen "
                        + minutes(thresholds.burstWindow()) + " minuten.",
                "Part of a burst of " + size + " unanswered messages from one sender within "
                        + minutes(thresholds.burstWindow()) + " minutes.",
                contextAttributes(role), true));
    }

    private void locationQuestions(List<Message> ms) {
        Map<String, List<Message>> byAuthor = new LinkedHashMap<>();
        for (Message m : ms) {
            if (m.time() != null && m.author() != null && hasSignal(m, "location_question")) {
                byAuthor.computeIfAbsent(m.author(), k -> new ArrayList<>()).add(m);
            }
        }
        for (List<Message> qs : byAuthor.values()) {
            int start = 0;
            for (int end = 0; end < qs.size(); end++) {
                while (!within(qs.get(start).time(), qs.get(end).time(), thresholds.locationWindow())) {
                    start++;
                }
                int n = end - start + 1;
                if (n >= thresholds.locationQuestions()) {
                    for (int k = start; k <= end; k++) {
                        Message m = qs.get(k);
                        if (hasRule(m, "ctx.herhaalde-locatievraag")) {
                            continue;
                        }
                        Signal s = signal(m, "location_question");
                        m.detections().add(new Detection(Category.MONITORING, "ctx.herhaalde-locatievraag",
                                s.start(), s.end(), Confidence.MEDIUM,
                                "Herhaald gevraagd waar het slachtoffer is of met wie (" + n + " keer binnen "
                                        + minutes(thresholds.locationWindow()) + " minuten).",
                                "Repeatedly asked where the victim is or who she is with (" + n + " times within "
                                        + minutes(thresholds.locationWindow()) + " minutes).",
                                contextAttributes(m.actor()), true));
                    }
                }
            }
        }
    }

    /**
     * A threat after an announcement of leaving. Linear in practice: one pass records per message the primitives the
     * scan needs (time, author index, a threat or a separation mark), so the scan after each announcement, which
     * may run over months of messages, touches arrays only.
     */
    private void separation(List<Message> ms, CaseContext f) {
        int n = ms.size();
        long[] at = new long[n];
        int[] author = new int[n];
        boolean[] separated = new boolean[n];
        Detection[] threat = new Detection[n];
        Map<String, Integer> authors = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Message m = ms.get(i);
            at[i] = m.time() == null ? Long.MIN_VALUE : m.time().toEpochMilli();
            author[i] = m.author() == null ? -1 : authors.computeIfAbsent(m.author(), k -> authors.size());
            separated[i] = has(m, Category.SEPARATION);
            threat[i] = firstThreat(m);
        }
        long window = thresholds.separationWindow().toMillis();
        for (int i = 0; i < n; i++) {
            Message leaving = ms.get(i);
            if (at[i] == Long.MIN_VALUE || !separated[i] || "suspect".equals(f.actorOf(leaving.passage().partyId()))) {
                continue;
            }
            for (int j = i + 1; j < n; j++) {
                if (at[j] == Long.MIN_VALUE) {
                    continue; // undated: neither inside the window nor a reason to stop
                }
                if (at[j] < at[i] || at[j] - at[i] > window) {
                    break;
                }
                if (author[j] == author[i] || separated[j] || threat[j] == null) {
                    continue;
                }
                Message m = ms.get(j);
                String actor = f.actorOf(m.passage().partyId());
                if (!"suspect".equals(actor) && !"unknown".equals(actor)) {
                    continue; // her sister's "ik ga je wurgen" after she says she leaves him is no separation threat
                }
                m.detections().add(new Detection(Category.SEPARATION, "ctx.dreiging-na-vertrek", threat[j].start(),
                        threat[j].end(), Confidence.HIGH,
                        "Dreiging volgt op de aankondiging van vertrek of scheiding (" + leaving.passage().id()
                                + "); scheiding is een risicofactor.",
                        "Threat follows the announcement of leaving or separation (" + leaving.passage().id()
                                + "); separation is a risk factor.",
                        contextAttributes(m.actor()), true));
                separated[j] = true;
            }
        }
    }

    // The helpers below run for every message of an export, most with no detection at all: indexed loops, no
    // iterator or stream per call (the ingest runs on C1, which does not optimise those away).

    /** The first threat of some confidence among a message's detections, or null. */
    private static Detection firstThreat(Message m) {
        List<Detection> ds = m.detections();
        for (int i = 0; i < ds.size(); i++) {
            Detection d = ds.get(i);
            if (THREATS.contains(d.category()) && d.confidence() != Confidence.LOW) {
                return d;
            }
        }
        return null;
    }

    static DetectionAttributes contextAttributes(String actor) {
        return new DetectionAttributes(actor, "victim", "direct_message", false, false, false, null, List.of());
    }

    /** The distinct authors (party id, else the name as written) of a conversation's messages. */
    static Set<String> authors(List<Message> ms) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < ms.size(); i++) {
            if (ms.get(i).author() != null) {
                out.add(ms.get(i).author());
            }
        }
        return out;
    }

    private static boolean within(Instant a, Instant b, Duration window) {
        return a != null && b != null && !b.isBefore(a) && Duration.between(a, b).compareTo(window) <= 0;
    }

    static boolean has(Message m, Category c) {
        List<Detection> ds = m.detections();
        for (int i = 0; i < ds.size(); i++) {
            if (ds.get(i).category() == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasRule(Message m, String ruleId) {
        List<Detection> ds = m.detections();
        for (int i = 0; i < ds.size(); i++) {
            if (ds.get(i).ruleId().equals(ruleId)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSignal(Message m, String name) {
        return signal(m, name) != null;
    }

    private static Signal signal(Message m, String name) {
        List<Signal> signals = m.analysis().signals();
        for (int i = 0; i < signals.size(); i++) {
            if (signals.get(i).name().equals(name)) {
                return signals.get(i);
            }
        }
        return null;
    }

    private static String minutes(Duration d) {
        return String.format(Locale.ROOT, "%d", d.toMinutes());
    }
}

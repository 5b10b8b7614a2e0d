import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Haystack benchmark generator (issue 19): a fictional two-phone case of ordinary WhatsApp chats (Android export,
 * Dutch locale) with planted incidents, written deterministically from a seed.
 *
 * <pre>java HaystackGenerator.java --out DIR [--messages 100000] [--seed 19] [--pools DIR] [--incidents FILE]</pre>
 *
 * Writes DIR/telefoons/telefoon-eva-kramer/*.txt and DIR/telefoons/telefoon-rick-de-boer/*.txt (one export per
 * chat and phone, so that DIR/telefoons holds only evidence; the
 * couple's chat and the school group are on both phones), DIR/truth.tsv (one line per planted message, grouped by
 * incident) and DIR/haystack.json (counts per chat; ordinary = distinct generated messages that are not planted).
 * Ordinary messages come from the theme pools in ../pools; planted ones from ../incidents.tsv. JDK only, so it runs
 * as a single-file source program like bench/ingest/src.
 */
public final class HaystackGenerator {
    static final LocalDate START = LocalDate.of(2023, 9, 1);
    static final LocalDate END = LocalDate.of(2024, 10, 31);
    /** The couple's chat holds no ordinary messages from the separation to the end of the contact ban. */
    static final LocalDateTime SEPARATION = LocalDateTime.of(2024, 3, 8, 19, 0);
    static final LocalDateTime BAN_END = LocalDateTime.of(2024, 6, 20, 0, 0);
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    static final String EVA = "eva";
    static final String RICK = "rick";
    static final Map<String, String> PHONE_DIRS = Map.of(EVA, "telefoons/telefoon-eva-kramer",
            RICK, "telefoons/telefoon-rick-de-boer");

    /** A person and how each phone shows them: the owner sees her own profile name, contacts their saved name. */
    record Person(String key, String fullName, String onEva, String onRick, String number) {
        String shownOn(String phone) {
            if (phone.equals(key)) {
                return fullName;
            }
            String saved = phone.equals(EVA) ? onEva : onRick;
            return saved != null ? saved : number;
        }
    }

    record Msg(LocalDateTime time, String sender, String text, String incident, String categories) {}

    static final class Conv {
        final String key;
        final String title;      // group name; null for one-to-one
        final List<String> phones;
        final List<String> members;
        final String theme;
        final int weight;
        final List<Msg> msgs = new ArrayList<>();
        final List<String> activity = new ArrayList<>(); // members from most to least active

        Conv(String key, String title, List<String> phones, List<String> members, String theme, int weight) {
            this.key = key;
            this.title = title;
            this.phones = phones;
            this.members = members;
            this.theme = theme;
            this.weight = weight;
        }

        boolean group() {
            return title != null;
        }
    }

    final Random rnd;
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, List<String>> pools = new LinkedHashMap<>();
    final Map<String, Conv> convs = new LinkedHashMap<>();

    HaystackGenerator(long seed) {
        this.rnd = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path here = Path.of("").toAbsolutePath(); // defaults assume the repository root as working directory
        Path out = Path.of(opt.getOrDefault("out", "haystack-out"));
        int total = Integer.parseInt(opt.getOrDefault("messages", "100000"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "19"));
        Path pools = Path.of(opt.getOrDefault("pools", here.resolve("bench/detection/haystack/pools").toString()));
        Path incidents = Path.of(opt.getOrDefault("incidents",
                here.resolve("bench/detection/haystack/incidents.tsv").toString()));
        HaystackGenerator g = new HaystackGenerator(seed);
        g.loadPools(pools);
        g.castPeople();
        g.openConversations();
        int planted = g.plant(incidents);
        g.fill(total - planted);
        g.write(out, seed, planted);
    }

    // ---- people and conversations -------------------------------------------------------------------------------

    static final String[] FIRST = {"Anouk", "Bram", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hanna", "Iris",
        "Jasper", "Kim", "Lars", "Maaike", "Nadia", "Olaf", "Priya", "Ruben", "Saskia", "Thijs", "Ufuk", "Vera",
        "Wouter", "Yasmine", "Zoë", "Mohamed", "Fleur", "Koen", "Laura", "Niels", "Ilona", "Stefan", "Merel",
        "Hatice", "Joris", "Petra", "Rachid", "Sabine", "Tom", "Ayla", "Bas", "Carlijn", "Dirk", "Elif", "Frank",
        "Gwen", "Hugo", "Inge", "Jan", "Karin", "Lotte", "Marco", "Nina", "Oscar", "Pim", "Roos", "Sem", "Tess"};
    static final String[] LAST = {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser",
        "Smit", "Meijer", "de Groot", "Mulder", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
        "Brouwer", "de Wit", "Dijkstra", "Yilmaz", "El Amrani", "Kaya", "Wijaya", "Pinas", "Koster", "Prins"};

    void castPeople() {
        add(new Person(EVA, "Eva Kramer", null, "Eva ❤️", "+31 6 23 45 12 09"));
        add(new Person(RICK, "Rick de Boer", "Rick", null, "+31 6 18 77 30 41"));
        add(new Person("ricknew", "Rick de Boer", null, null, "+31 6 41 87 22 90"));
        add(new Person("lisa", "Lisa Kramer", "Lisa 👭", null, "+31 6 55 10 98 23"));
        add(new Person("fatima", "Fatima Ouali", "Fatima", null, "+31 6 30 21 65 77"));
        add(new Person("mama", "Marian Kramer", "Mama", null, "+31 6 12 90 44 31"));
        add(new Person("emma", "Emma Clarke", "Emma (werk)", null, "+31 6 44 72 18 60"));
        add(new Person("joyce", "Joyce Pinas", "Joyce apotheek", null, "+31 6 28 33 71 02"));
        add(new Person("dennis", "Dennis de Boer", "Dennis (broer Rick)", "Dennis", "+31 6 39 02 58 14"));
        add(new Person("kevin", "Kevin Mulder", null, "Kevin", "+31 6 61 45 09 88"));
        add(new Person("marick", "Ingrid de Boer", null, "Ma", "+31 6 27 81 36 55"));
        for (String[] p : new String[][] {{"sanne", "Sanne"}, {"ilse", "Ilse"}, {"mirjam", "Mirjam"},
            {"yara", "Yara"}, {"sophie", "Sophie buurvrouw"}, {"oma", "Oma"}, {"ria", "Tante Ria"},
            {"bas", "Bas hockeytrainer"}, {"joost", "Joost (werk)"}, {"jeroen", "Jeroen broer"},
            {"marieke", "Juf Marieke"}, {"linda", "Linda (moeder Sem)"}, {"kapper", "Kapsalon Lotus"},
            {"lara", "Fysio Lara"}}) {
            add(new Person(p[0], p[1] + " " + LAST[rnd.nextInt(LAST.length)], p[1], null, number()));
        }
        for (String[] p : new String[][] {{"mo", "Mo"}, {"pieter", "Pieter baas"}, {"youssef", "Youssef"},
            {"tim", "Tim zaal"}, {"garage", "Garage Van Dijk"}, {"ruud", "Ruud zaal"}, {"stefan", "Stefan werk"},
            {"opa", "Opa"}, {"gym", "Sportschool FitZuid"}}) {
            add(new Person(p[0], p[1], null, p[1], number()));
        }
    }

    void add(Person p) {
        people.put(p.key(), p);
    }

    String number() {
        return String.format("+31 6 %02d %02d %02d %02d", rnd.nextInt(100), rnd.nextInt(100), rnd.nextInt(100),
                rnd.nextInt(100));
    }

    /** Group members nobody else knows: saved on the owner's phone or shown as a number. */
    List<String> crowd(String prefix, int n, String phone) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)];
            String key = prefix + i;
            boolean saved = rnd.nextDouble() < 0.6;
            String first = name.substring(0, name.indexOf(' '));
            add(new Person(key, name, phone.equals(EVA) && saved ? first + " " + name.charAt(name.indexOf(' ') + 1)
                    : null, phone.equals(RICK) && saved ? first : null, number()));
            keys.add(key);
        }
        return keys;
    }

    void openConversations() {
        List<String> both = List.of(EVA, RICK);
        List<String> eva = List.of(EVA);
        List<String> rick = List.of(RICK);
        conv("couple", null, both, List.of(EVA, RICK), "couple", 7000);
        one(EVA, "lisa", "sister", 6500);
        one(EVA, "fatima", "friend", 6000);
        one(EVA, "mama", "mother", 3500);
        one(EVA, "emma", "english-friend", 2000);
        one(EVA, "joyce", "colleague", 1500);
        one(EVA, "joost", "colleague", 700);
        one(EVA, "dennis", "family", 120);
        one(EVA, "ricknew", "none", 0);
        one(EVA, "sanne", "friend", 1500);
        one(EVA, "ilse", "friend", 1200);
        one(EVA, "mirjam", "friend", 1000);
        one(EVA, "yara", "friend", 900);
        one(EVA, "sophie", "buurt", 600);
        one(EVA, "oma", "mother", 500);
        one(EVA, "ria", "mother", 400);
        one(EVA, "bas", "hockey", 400);
        one(EVA, "jeroen", "family", 900);
        one(EVA, "marieke", "school", 250);
        one(EVA, "linda", "school", 600);
        one(EVA, "kapper", "generic", 80);
        one(EVA, "lara", "colleague", 150);
        List<String> school = new ArrayList<>(List.of(EVA, RICK));
        school.addAll(crowd("ouder5-", 24, EVA));
        conv("school5", "Ouders groep 5 De Regenboog", both, school, "school", 9000);
        group(EVA, "school2", "Ouders groep 2 juf Marieke", crowd("ouder2-", 20, EVA), "school", 5000);
        group(EVA, "famk", "Familie Kramer", withAll(crowd("famk-", 9, EVA), "lisa", "mama", "oma", "ria"), "family",
                5000);
        group(EVA, "hockey", "Dames 3 HC Zuid 🏑", withAll(crowd("hockey-", 15, EVA), "bas"), "hockey", 6000);
        group(EVA, "werk", "Apotheek Zuid team", withAll(crowd("werk-", 11, EVA), "joyce", "joost"), "workgroup",
                4000);
        group(EVA, "kook", "Kookclub 🍝", withAll(crowd("kook-", 6, EVA), "fatima", "sanne"), "cooking", 2500);
        group(EVA, "film", "Filmavond 🎬", withAll(crowd("film-", 4, EVA), "fatima", "ilse", "yara"), "film", 2000);
        group(EVA, "buurt", "Buurtapp Lindelaan", withAll(crowd("buurt-", 30, EVA), "sophie"), "buurt", 3000);
        group(EVA, "zwem", "Zwemles woensdag ouders", withAll(crowd("zwem-", 12, EVA), "linda"), "school", 1200);
        group(EVA, "klas", "Oud-klasgenoten 4C 😎", withAll(crowd("klas-", 10, EVA), "ilse", "mirjam"), "friend",
                1800);
        one(RICK, "dennis", "brother", 4000);
        one(RICK, "kevin", "brother", 3500);
        one(RICK, "marick", "mother", 1500);
        one(RICK, "mo", "brother", 1200);
        one(RICK, "pieter", "buildwork", 700);
        one(RICK, "youssef", "gaming", 800);
        one(RICK, "tim", "football", 700);
        one(RICK, "garage", "generic", 100);
        one(RICK, "ruud", "football", 500);
        one(RICK, "stefan", "buildwork", 600);
        one(RICK, "opa", "mother", 300);
        one(RICK, "gym", "generic", 60);
        group(RICK, "zaal", "Zaalvoetbal vrijdag ⚽", withAll(crowd("zaal-", 11, RICK), "kevin", "mo", "tim"),
                "football", 6000);
        group(RICK, "famb", "Familie de Boer", withAll(crowd("famb-", 7, RICK), "dennis", "marick"), "family", 3500);
        group(RICK, "bouw", "Bouwteam Noord", withAll(crowd("bouw-", 14, RICK), "pieter"), "buildwork", 4500);
        group(RICK, "fifa", "FIFA avond 🎮", withAll(crowd("fifa-", 5, RICK), "kevin", "youssef"), "gaming", 4000);
        group(RICK, "vis", "Vissen 🎣", withAll(crowd("vis-", 5, RICK), "dennis"), "fishing", 2000);
        group(RICK, "squad", "Warzone squad", withAll(crowd("squad-", 3, RICK), "youssef", "mo"), "gaming", 1500);
        group(RICK, "vroeger", "Vrienden van vroeger 🍻", withAll(crowd("vroeger-", 8, RICK), "kevin", "mo"),
                "brother", 1800);
    }

    List<String> withAll(List<String> crowd, String... known) {
        List<String> all = new ArrayList<>(List.of(known));
        all.addAll(crowd);
        return all;
    }

    void one(String owner, String contact, String theme, int weight) {
        conv(owner + ":" + contact, null, List.of(owner), List.of(owner, contact), theme, weight);
    }

    void group(String owner, String key, String title, List<String> others, String theme, int weight) {
        List<String> members = new ArrayList<>();
        members.add(owner);
        members.addAll(others);
        conv(key, title, List.of(owner), members, theme, weight);
    }

    void conv(String key, String title, List<String> phones, List<String> members, String theme, int weight) {
        Conv c = new Conv(key, title, phones, members, theme, weight);
        c.activity.addAll(members);
        java.util.Collections.shuffle(c.activity, rnd);
        convs.put(key, c);
    }

    // ---- planted incidents --------------------------------------------------------------------------------------

    int plant(Path file) throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            Conv c = convs.get(f[3]);
            if (c == null || !people.containsKey(f[4])) {
                throw new IllegalArgumentException("unknown chat or sender: " + line);
            }
            LocalDateTime t = LocalDateTime.of(LocalDate.parse(f[1]), java.time.LocalTime.parse(f[2]));
            String[] texts = f[7].split(" // ");
            int count = Integer.parseInt(f[6]);
            for (int i = 0; i < count; i++) {
                c.msgs.add(new Msg(t, f[4], texts[Math.min(i, texts.length - 1)], f[0], f[5]));
                t = t.plusMinutes(rnd.nextInt(4));
                n++;
            }
        }
        return n;
    }

    // ---- ordinary messages --------------------------------------------------------------------------------------

    void loadPools(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = new ArrayList<>();
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!l.isBlank() && !l.startsWith("#")) {
                        lines.add(l.replace("\\n", "\n"));
                    }
                }
                pools.put(p.getFileName().toString().replace(".txt", ""), lines);
            }
        }
    }

    void fill(int ordinary) {
        int weights = convs.values().stream().mapToInt(c -> c.weight).sum();
        int left = ordinary;
        List<Conv> list = new ArrayList<>(convs.values());
        for (int i = 0; i < list.size(); i++) {
            Conv c = list.get(i);
            int n = (int) Math.round((double) ordinary * c.weight / weights);
            if (i == list.size() - 1 || n > left) {
                n = c.weight == 0 ? 0 : left;
            }
            left -= n;
            fillConversation(c, n);
        }
        if (left > 0) {
            fillConversation(convs.get("school5"), left);
        }
        for (Conv c : convs.values()) {
            c.msgs.sort(Comparator.comparing(Msg::time));
        }
    }

    void fillConversation(Conv c, int n) {
        int days = (int) ChronoUnit.DAYS.between(START, END) + 1;
        int made = 0;
        String last = c.members.get(0);
        while (made < n) {
            LocalDate day = START.plusDays(rnd.nextInt(days));
            int hour = hourOfDay(c.theme);
            LocalDateTime t = day.atTime(hour, rnd.nextInt(60));
            if (c.key.equals("couple") && !t.isBefore(SEPARATION.minusHours(1)) && t.isBefore(BAN_END)) {
                continue; // no ordinary contact between the separation and the end of the ban
            }
            String pool = c.key.equals("couple") && !t.isBefore(BAN_END) ? "couple-after" : c.theme;
            if (pool.equals("couple-after") && rnd.nextDouble() < 0.7) {
                continue; // after the ban the couple only writes about handovers, and rarely
            }
            int session = Math.min(n - made, 1 + (int) (-Math.log(1 - rnd.nextDouble()) * 4));
            String previous = "";
            for (int i = 0; i < session; i++) {
                String text;
                if (laughs(previous) && rnd.nextDouble() < 0.5) {
                    last = c.group() ? nextSender(c, last) : other(c, last); // someone laughs back
                    text = LAUGH_BACK[rnd.nextInt(LAUGH_BACK.length)];
                } else {
                    last = nextSender(c, last);
                    text = text(pool, c);
                }
                c.msgs.add(new Msg(t, last, text, null, null));
                previous = text;
                t = t.plusMinutes(rnd.nextDouble() < 0.5 ? 0 : 1 + rnd.nextInt(5));
                made++;
            }
        }
    }

    int hourOfDay(String theme) {
        if (theme.equals("workgroup") || theme.equals("buildwork") || theme.equals("colleague")) {
            return 7 + rnd.nextInt(11);
        }
        double r = rnd.nextDouble();
        return r < 0.15 ? 7 + rnd.nextInt(3) : r < 0.5 ? 10 + rnd.nextInt(7) : r < 0.95 ? 17 + rnd.nextInt(6) : 23;
    }

    String nextSender(Conv c, String last) {
        if (!c.group()) {
            return rnd.nextDouble() < 0.6 ? other(c, last) : last;
        }
        // A few members write most of a group's messages (roughly Zipf).
        int n = c.members.size();
        int i = (int) Math.min(n - 1, Math.floor(Math.pow(rnd.nextDouble(), 2.2) * n));
        return c.activity.get(i);
    }

    String other(Conv c, String last) {
        return c.members.get(0).equals(last) ? c.members.get(1) : c.members.get(0);
    }

    String text(String pool, Conv c) {
        List<String> lines = pool.equals("none") || rnd.nextDouble() < 0.22 ? pools.get("generic") : pools.get(pool);
        String s = fillSlots(lines.get(rnd.nextInt(lines.size())), c);
        if (lines == pools.get("generic") || s.startsWith("<") || s.contains("\n")) {
            return s;
        }
        // Openers, closers and capitals vary a template the way people do, so one line is not one text.
        boolean english = pool.equals("english-friend");
        String[] openers = english ? OPENERS_EN : OPENERS_NL;
        String[] closers = english ? CLOSERS_EN : CLOSERS_NL;
        if (rnd.nextDouble() < 0.2) {
            s = openers[rnd.nextInt(openers.length)] + s;
        }
        if (rnd.nextDouble() < 0.25) {
            s = s + closers[rnd.nextInt(closers.length)];
        }
        if (rnd.nextDouble() < 0.12) {
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }

    static boolean laughs(String text) {
        return text.contains("😂") || text.contains("🤣") || text.contains("haha") || text.contains("lol");
    }

    static final String[] LAUGH_BACK = {"😂😂", "hahaha", "haha nee joh", "🤣🤣", "hahaha idioot", "😂", "lol",
        "haha ja", "hahah sorry", "😂😂😂", "haha jij bent erger", "hahaha stop"};
    static final String[] OPENERS_NL = {"haha ", "nou ", "ja ", "oké ", "hé ", "ohja ", "trouwens ", "btw ", "zeg ",
        "joh ", "ehm ", "oh ", "hoi! ", "ahh "};
    static final String[] CLOSERS_NL = {" 😂", " haha", "!", " hoor", " toch?", " xx", " 🙈", " 😅", " ❤️", " 👍",
        "!!", " lol", " 😊", " he", " hihi", " x"};
    static final String[] OPENERS_EN = {"haha ", "oh ", "btw ", "so ", "ok ", "hey ", "omg "};
    static final String[] CLOSERS_EN = {" 😂", " haha", "!", " x", " lol", " 🙈", " ❤️", " xx", "!!"};

    static final String[] DAYS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "morgen", "overmorgen", "volgende week"};
    static final String[] TIMES = {"half 8", "8 uur", "9 uur", "kwart over 3", "half 4", "5 uur", "half 6",
        "18:30", "19:00", "19:45", "20:00", "half 9", "21:15", "10 uur", "12:30", "kwart voor 2"};
    static final String[] PLACES = {"AH", "Jumbo", "Lidl", "Kruidvat", "HEMA", "station", "sporthal", "bieb",
        "apotheek", "markt", "Action", "IKEA", "bakker", "Zuidplein", "tankstation"};
    static final String[] FOOD = {"lasagne", "nasi", "pannenkoeken", "stamppot", "pizza", "sushi", "soep",
        "kip tandoori", "macaroni", "wraps", "chili", "andijvie", "tosti's", "bami", "couscous", "appeltaart"};
    static final String[] FILMS = {"Oppenheimer", "De Tatta's", "Barbie", "Dune", "Saw X", "Scream VI",
        "Het Diner", "Bon Bini Holland 3", "Top Gun", "Knives Out", "The Menu", "Smile", "Mission Impossible"};
    static final String[] GAMES = {"FIFA", "EA FC", "Warzone", "Fortnite", "Rocket League", "CoD", "GTA"};
    static final String[] TEAMS = {"Feyenoord", "Excelsior", "HC Delfshaven", "VV Zuid", "SC Overschie",
        "Ajax", "HVC Kralingen", "Sparta", "DWO", "TOGB"};
    static final String[] KIDS_EVA = {"Milan", "Noor"};

    String fillSlots(String s, Conv c) {
        if (s.indexOf('{') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('{', i);
            if (open < 0) {
                b.append(s, i, s.length());
                break;
            }
            int close = s.indexOf('}', open);
            b.append(s, i, open);
            b.append(slot(s.substring(open + 1, close), c));
            i = close + 1;
        }
        return b.toString();
    }

    String slot(String name, Conv c) {
        return switch (name) {
            case "naam" -> FIRST[rnd.nextInt(FIRST.length)];
            case "kind" -> c.members.contains(EVA) && !c.group() || c.key.equals("famk") || c.key.equals("couple")
                    ? KIDS_EVA[rnd.nextInt(2)] : FIRST[rnd.nextInt(FIRST.length)];
            case "dag" -> DAYS[rnd.nextInt(DAYS.length)];
            case "tijd" -> TIMES[rnd.nextInt(TIMES.length)];
            case "plek" -> PLACES[rnd.nextInt(PLACES.length)];
            case "eten" -> FOOD[rnd.nextInt(FOOD.length)];
            case "film" -> FILMS[rnd.nextInt(FILMS.length)];
            case "game" -> GAMES[rnd.nextInt(GAMES.length)];
            case "team" -> TEAMS[rnd.nextInt(TEAMS.length)];
            case "score" -> rnd.nextInt(6) + "-" + rnd.nextInt(5);
            case "bedrag" -> (5 + rnd.nextInt(60)) + (rnd.nextBoolean() ? ",50" : " euro");
            case "getal" -> String.valueOf(2 + rnd.nextInt(8));
            default -> throw new IllegalArgumentException("unknown slot {" + name + "}");
        };
    }

    // ---- output -------------------------------------------------------------------------------------------------

    void write(Path out, long seed, int planted) throws IOException {
        for (String dir : PHONE_DIRS.values()) {
            Files.createDirectories(out.resolve(dir));
        }
        int distinct = 0;
        int inFiles = 0;
        StringBuilder convJson = new StringBuilder();
        List<String[]> truth = new ArrayList<>();
        for (Conv c : convs.values()) {
            distinct += c.msgs.size();
            List<String> files = new ArrayList<>();
            for (String phone : c.phones) {
                String file = "WhatsApp-chat met " + (c.group() ? c.title
                        : people.get(other(c, phone)).shownOn(phone)) + ".txt";
                files.add(PHONE_DIRS.get(phone) + "/" + file);
                writeExport(out.resolve(PHONE_DIRS.get(phone)).resolve(file), c, phone);
                inFiles += c.msgs.size();
            }
            long plantedHere = c.msgs.stream().filter(m -> m.incident() != null).count();
            convJson.append(convJson.length() == 0 ? "" : ",\n").append("    {\"chat\": ").append(q(c.key))
                    .append(", \"group\": ").append(c.group()).append(", \"theme\": ").append(q(c.theme))
                    .append(", \"members\": ").append(c.members.size()).append(", \"messages\": ")
                    .append(c.msgs.size()).append(", \"planted\": ").append(plantedHere).append(", \"files\": [")
                    .append(String.join(", ", files.stream().map(HaystackGenerator::q).toList())).append("]}");
            for (Msg m : c.msgs) {
                if (m.incident() != null) {
                    truth.add(new String[] {m.incident(), m.time().toLocalDate().toString(),
                        m.time().toLocalTime().toString(), m.categories(), c.key, String.join(";", files),
                        people.get(m.sender()).shownOn(c.phones.get(0)), m.text()});
                }
            }
        }
        truth.sort(Comparator.comparing((String[] r) -> r[0]).thenComparing(r -> r[1] + r[2]));
        try (Writer w = Files.newBufferedWriter(out.resolve("truth.tsv"), StandardCharsets.UTF_8)) {
            w.write("incident\tdate\ttime\tcategories\tchat\tfiles\tsender\ttext\n");
            for (String[] r : truth) {
                w.write(String.join("\t", r) + "\n");
            }
        }
        long incidents = truth.stream().map(r -> r[0]).distinct().count();
        String json = "{\n  \"generator\": \"bench/detection/haystack/src/HaystackGenerator.java\",\n"
                + "  \"seed\": " + seed + ",\n  \"period\": {\"from\": \"" + START + "\", \"to\": \"" + END + "\"},\n"
                + "  \"messagesDistinct\": " + distinct + ",\n  \"messagesInFiles\": " + inFiles + ",\n"
                + "  \"plantedIncidents\": " + incidents + ",\n  \"plantedMessages\": " + planted + ",\n"
                + "  \"ordinaryMessages\": " + (distinct - planted) + ",\n  \"conversations\": [\n" + convJson
                + "\n  ]\n}\n";
        Files.writeString(out.resolve("haystack.json"), json, StandardCharsets.UTF_8);
        System.out.printf("haystack: %d messages (%d in files over %d chats), %d planted messages in %d incidents -> %s%n",
                distinct, inFiles, convs.size(), planted, incidents, out);
    }

    void writeExport(Path file, Conv c, String phone) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            LocalDateTime first = c.msgs.isEmpty() ? START.atTime(9, 0) : c.msgs.get(0).time().minusMinutes(3);
            w.write(STAMP.format(first) + " - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten "
                    + "deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet. Tik voor meer informatie.\n");
            if (c.group()) {
                String creator = people.get(c.members.get(c.members.size() > 2 ? 2 : 0)).shownOn(phone);
                w.write(STAMP.format(first) + " - " + creator + " heeft groep '" + c.title + "' aangemaakt\n");
                w.write(STAMP.format(first) + " - " + creator + " heeft je toegevoegd\n");
            }
            for (Msg m : c.msgs) {
                w.write(STAMP.format(m.time()) + " - " + people.get(m.sender()).shownOn(phone) + ": " + m.text()
                        + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package nl.patroon.indexer.source.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.patroon.indexer.support.StartCharFinder;

/**
 * The identifiers a report carries, so a passage can be traced back to the police or OM registration it came
 * from. Identifiers have fixed shapes, so regular expressions are the right tool here (unlike narrative text).
 *
 * @param pvNumbers           proces-verbaalnummers: {@code PL1700-2024056789-1}, older {@code PL02R3-2013129746-12},
 *                            {@code PL0971/07-010858D}
 * @param registrationNumbers BVH/registratienummers: the bare registration inside a PV number, or labelled ones
 * @param parketnummers       OM numbers: {@code 10/123456-24}, {@code 08.087329.23}, {@code 05-780013-20}
 * @param veiligThuisNumbers  Veilig Thuis case numbers ({@code VT-RR-2024-0173}) or a zaaknummer in a VT file
 */
record RegistrationNumbers(List<String> pvNumbers, List<String> registrationNumbers, List<String> parketnummers,
                           List<String> veiligThuisNumbers) {
    static final Pattern PV = Pattern.compile(
            "\\bPL[0-9A-Z]{4}[-/](?:(?<reg>\\d{4}\\d{6,7})(?:-\\d{1,3})?|\\d{2}-\\d{6}[A-Z]?)(?![\\w-])");
    static final Pattern LABELLED_REGISTRATION = Pattern.compile(
            "(?i)\\b(?:BVH(?:-?nummer|-?nr\\.?)?|registratie(?:nummer|nr\\.?))\\s*[:.]?\\s*(?<reg>\\d{10,11})\\b");
    static final Pattern PARKET = Pattern.compile("(?<![\\w/.\\-])\\d{2}(?:/\\d{6}-|\\.\\d{6}\\.|-\\d{6}-)\\d{2}(?![\\w/\\-]|\\.\\d)");
    static final Pattern VT = Pattern.compile("\\bVT-[A-Z]{2,5}-\\d{4}-\\d{1,6}\\b");
    static final Pattern VT_LABELLED = Pattern.compile(
            "(?i)\\bzaaknummer(?:\\s+veilig\\s+thuis)?\\s*[:.]?\\s*(?<nr>[A-Z0-9][A-Z0-9./\\-]{3,30}[A-Z0-9])");

    /** Metadata keys, as kept with the evidence item. */
    static final String KEY_PV = "report.pvNumbers";
    static final String KEY_REGISTRATION = "report.registrationNumbers";
    static final String KEY_PARKET = "report.parketnummers";
    static final String KEY_VEILIG_THUIS = "report.veiligThuisNumbers";

    RegistrationNumbers {
        pvNumbers = List.copyOf(pvNumbers);
        registrationNumbers = List.copyOf(registrationNumbers);
        parketnummers = List.copyOf(parketnummers);
        veiligThuisNumbers = List.copyOf(veiligThuisNumbers);
    }

    /**
     * Every identifier in the text, each once, in order of first appearance. Each pattern is tried only where its
     * first character stands ({@link StartCharFinder}): a PV number starts with P, a parketnummer with a digit.
     */
    static RegistrationNumbers in(String text, boolean veiligThuisFile) {
        Set<String> pv = new LinkedHashSet<>();
        Set<String> reg = new LinkedHashSet<>();
        StartCharFinder f = new StartCharFinder(PV, text, "P", false);
        while (f.find()) {
            Matcher m = f.matcher();
            pv.add(m.group());
            if (m.group("reg") != null) {
                reg.add(m.group("reg")); // the BVH number is the registration inside the PV number
            }
        }
        f = new StartCharFinder(LABELLED_REGISTRATION, text, "br", false);
        while (f.find()) {
            reg.add(f.matcher().group("reg"));
        }
        Set<String> parket = new LinkedHashSet<>();
        f = new StartCharFinder(PARKET, text, "", true);
        while (f.find()) {
            parket.add(f.matcher().group());
        }
        Set<String> vt = new LinkedHashSet<>();
        f = new StartCharFinder(VT, text, "V", false);
        while (f.find()) {
            vt.add(f.matcher().group());
        }
        if (veiligThuisFile) {
            f = new StartCharFinder(VT_LABELLED, text, "z", false);
            while (f.find()) {
                vt.add(f.matcher().group("nr"));
            }
        }
        return new RegistrationNumbers(new ArrayList<>(pv), new ArrayList<>(reg), new ArrayList<>(parket),
                new ArrayList<>(vt));
    }

    /** As evidence metadata: one key per kind, several numbers joined by ", "; kinds not found are left out. */
    Map<String, String> asMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, KEY_PV, pvNumbers);
        put(m, KEY_REGISTRATION, registrationNumbers);
        put(m, KEY_PARKET, parketnummers);
        put(m, KEY_VEILIG_THUIS, veiligThuisNumbers);
        return m;
    }

    private static void put(Map<String, String> m, String key, List<String> values) {
        if (!values.isEmpty()) {
            m.put(key, String.join(", ", values));
        }
    }
}

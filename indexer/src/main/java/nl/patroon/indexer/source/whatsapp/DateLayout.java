package nl.patroon.indexer.source.whatsapp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.chrono.ThaiBuddhistDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one export writes its dates, decided from the whole file: field order (day-month, month-day or
 * year first) and calendar. WhatsApp follows the phone's region, not its language, so the order is read
 * from the evidence in the file: a field above 12 settles it; otherwise the order in which the messages
 * are dated; otherwise the language of the app's own lines; otherwise day-first, reported as an assumption.
 *
 * @param order    the field order
 * @param calendar the calendar the years are counted in
 * @param basis    why this order was chosen, in Dutch, for the evidence metadata
 * @param certain  false when the order was assumed rather than read from the file
 */
record DateLayout(Order order, Calendar calendar, String basis, boolean certain) {

    enum Order {
        DAY_MONTH_YEAR("dag-maand-jaar"), MONTH_DAY_YEAR("maand-dag-jaar"), YEAR_MONTH_DAY("jaar-maand-dag");

        final String dutch;

        Order(String dutch) {
            this.dutch = dutch;
        }
    }

    enum Calendar {
        GREGORIAN("gregoriaans"), THAI_BUDDHIST("Thais boeddhistisch (omgerekend naar gregoriaans)"),
        JAPANESE("Japanse jaartelling (omgerekend naar gregoriaans)"),
        HIJRI("islamitisch, Umm al-Qura (omgerekend naar gregoriaans)");

        final String dutch;

        Calendar(String dutch) {
            this.dutch = dutch;
        }
    }

    /** The layout could not be decided without risking wrong dates. */
    static final class Undecidable extends Exception {
        Undecidable(String dutchReason) {
            super(dutchReason);
        }
    }

    /**
     * Decides the layout of one file.
     *
     * @param dayFirstHint Dutch reason when the app's own lines are in a day-first language, else empty
     */
    static DateLayout decide(List<WhatsAppHeader> headers, Optional<String> dayFirstHint) throws Undecidable {
        Calendar calendar = calendarOf(headers);
        if (headers.stream().allMatch(WhatsAppHeader::yearFirst)) {
            return new DateLayout(Order.YEAR_MONTH_DAY, calendar, "jaar vooraan", true);
        }
        if (headers.stream().anyMatch(WhatsAppHeader::yearFirst)) {
            throw new Undecidable("datums in wisselende notatie (jaar vooraan en achteraan) in één bestand");
        }
        List<LocalDate> dayFirst = datesOrEmpty(headers, Order.DAY_MONTH_YEAR, calendar);
        List<LocalDate> monthFirst = datesOrEmpty(headers, Order.MONTH_DAY_YEAR, calendar);
        if (dayFirst.isEmpty() && monthFirst.isEmpty()) {
            throw new Undecidable("datums passen in geen enkele notatie (dag-maand of maand-dag)");
        }
        if (monthFirst.isEmpty()) {
            return new DateLayout(Order.DAY_MONTH_YEAR, calendar, "een eerste datumveld groter dan 12", true);
        }
        if (dayFirst.isEmpty()) {
            return new DateLayout(Order.MONTH_DAY_YEAR, calendar, "een tweede datumveld groter dan 12", true);
        }
        if (dayFirst.equals(monthFirst)) {
            return new DateLayout(Order.DAY_MONTH_YEAR, calendar, "dag en maand zijn in elke datum gelijk", true);
        }
        // Exports are written in message order, so the reading that keeps dates in order is the file's own.
        int dayFirstBackwards = backwards(dayFirst);
        int monthFirstBackwards = backwards(monthFirst);
        if (dayFirstBackwards != monthFirstBackwards) {
            Order order = dayFirstBackwards < monthFirstBackwards ? Order.DAY_MONTH_YEAR : Order.MONTH_DAY_YEAR;
            return new DateLayout(order, calendar, "de volgorde van de berichten (alleen deze lezing is chronologisch)",
                    true);
        }
        if (dayFirstHint.isPresent()) {
            return new DateLayout(Order.DAY_MONTH_YEAR, calendar, dayFirstHint.get(), true);
        }
        return new DateLayout(Order.DAY_MONTH_YEAR, calendar,
                "AANNAME: dag-maand of maand-dag is uit het bestand niet vast te stellen; dag-maand aangenomen", false);
    }

    private static Calendar calendarOf(List<WhatsAppHeader> headers) throws Undecidable {
        Calendar found = null;
        // Read once per export, not per message: the clock and the zone rules behind it cost more than the check.
        int nextYear = LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
        for (WhatsAppHeader h : headers) {
            Calendar c = calendarOf(h, nextYear);
            if (found != null && c != found) {
                throw new Undecidable("datums in wisselende kalenders in één bestand");
            }
            found = c;
        }
        return found == null ? Calendar.GREGORIAN : found;
    }

    private static Calendar calendarOf(WhatsAppHeader h, int nextYear) throws Undecidable {
        String cal = h.calendar().toUpperCase(java.util.Locale.ROOT);
        String year = h.yearFirst() ? h.first() : h.third();
        if (!h.era().isEmpty()) {
            return Calendar.JAPANESE;
        }
        if (cal.startsWith("B")) {
            return Calendar.THAI_BUDDHIST;
        }
        if (cal.equals("AH") || cal.equals("هـ")) {
            return Calendar.HIJRI;
        }
        if (cal.equals("AP") || cal.startsWith("ه.ش")) {
            throw new Undecidable("Perzische (Jalali) kalender: niet ondersteund; exporteer opnieuw met de telefoon "
                    + "op de gregoriaanse kalender");
        }
        int y = Integer.parseInt(year);
        if (year.length() == 4 && y >= 2400) {
            return Calendar.THAI_BUDDHIST;
        }
        if (year.length() == 4 && y < 1900) {
            throw new Undecidable("jaartal " + y + " wijst op een niet-gregoriaanse kalender (islamitisch of Perzisch) "
                    + "zonder kalenderaanduiding; niet omgerekend om geen verkeerde datums te geven");
        }
        if (year.length() <= 2 && 2000 + y > nextYear) {
            throw new Undecidable("tweecijferig jaartal '" + year + "' zou in de toekomst liggen; mogelijk een "
                    + "boeddhistische jaartelling zonder aanduiding; niet omgerekend om geen verkeerde datums te geven");
        }
        return Calendar.GREGORIAN;
    }

    private static List<LocalDate> datesOrEmpty(List<WhatsAppHeader> headers, Order order, Calendar calendar) {
        List<LocalDate> dates = new ArrayList<>(headers.size());
        for (WhatsAppHeader h : headers) {
            Optional<LocalDate> d = date(h, order, calendar);
            if (d.isEmpty()) {
                return List.of();
            }
            dates.add(d.get());
        }
        return dates;
    }

    private static int backwards(List<LocalDate> dates) {
        int n = 0;
        for (int i = 1; i < dates.size(); i++) {
            if (dates.get(i).isBefore(dates.get(i - 1))) {
                n++;
            }
        }
        return n;
    }

    /** The Gregorian date of a header in this layout. */
    Optional<LocalDate> date(WhatsAppHeader h) {
        return date(h, order, calendar);
    }

    private static Optional<LocalDate> date(WhatsAppHeader h, Order order, Calendar calendar) {
        int a = Integer.parseInt(h.first());
        int b = Integer.parseInt(h.second());
        int c = Integer.parseInt(h.third());
        int year;
        int month;
        int day;
        switch (order) {
            case YEAR_MONTH_DAY -> {
                year = a;
                month = b;
                day = c;
            }
            case MONTH_DAY_YEAR -> {
                year = c;
                month = a;
                day = b;
            }
            default -> {
                year = c;
                month = b;
                day = a;
            }
        }
        String yearText = order == Order.YEAR_MONTH_DAY ? h.first() : h.third();
        try {
            return Optional.of(switch (calendar) {
                case THAI_BUDDHIST -> LocalDate.from(ThaiBuddhistDate.of(yearText.length() <= 2 ? 2500 + year : year,
                        month, day));
                case JAPANESE -> LocalDate.from(JapaneseDate.of(japaneseEra(h.era()), year, month, day));
                case HIJRI -> LocalDate.from(HijrahDate.of(year, month, day));
                case GREGORIAN -> LocalDate.of(yearText.length() <= 2 ? 2000 + year : year, month, day);
            });
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static JapaneseEra japaneseEra(String letter) {
        return switch (letter) {
            case "M" -> JapaneseEra.MEIJI;
            case "T" -> JapaneseEra.TAISHO;
            case "S" -> JapaneseEra.SHOWA;
            case "H" -> JapaneseEra.HEISEI;
            default -> JapaneseEra.REIWA;
        };
    }
}

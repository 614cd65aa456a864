package org.helix.talent.personfile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Hours an appointment counts in a calendar year: its hours per week for each day of it that lies in the year and
 * has passed (up to {@code until}, inclusive), i.e. {@code floor(hoursPerWeek × days / 7)}.
 */
public final class HoursWorked {

    private HoursWorked() {
    }

    public static int inYear(int year, LocalDate start, LocalDate end, LocalDate until, int hoursPerWeek) {
        LocalDate from = max(start, LocalDate.of(year, 1, 1));
        LocalDate to = min(min(end, until), LocalDate.of(year, 12, 31));
        if (to.isBefore(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return (int) (hoursPerWeek * days / 7);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

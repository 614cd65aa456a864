package org.helix.talent.evaluation;

import org.helix.talent.config.TalentRules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An academic term as curriculum names it ({@code 2026-SPRING}, {@code 2026-AUTUMN}) and its evaluation window. */
public record Term(int year, String season) {

    public static final Pattern FORMAT = Pattern.compile("([0-9]{4})-(SPRING|AUTUMN)");

    public static boolean isValid(String term) {
        return term != null && FORMAT.matcher(term).matches();
    }

    public static Term of(String term) {
        Matcher matcher = FORMAT.matcher(term);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a term: " + term);
        }
        return new Term(Integer.parseInt(matcher.group(1)), matcher.group(2));
    }

    /** The last day of the term: a spring term ends in its year, an autumn term early in the next. */
    public LocalDate endsOn(TalentRules.Evaluations rules) {
        return "SPRING".equals(season) ? MonthDay.parse("--" + rules.springEnds()).atYear(year)
                : MonthDay.parse("--" + rules.autumnEnds()).atYear(year + 1);
    }

    /** Whether {@code day} lies in the window: from the last four weeks of the term to two weeks after (defaults). */
    public boolean windowIncludes(LocalDate day, TalentRules.Evaluations rules) {
        LocalDate end = endsOn(rules);
        LocalDate opens = end.minusDays(rules.opensDaysBeforeTermEnd());
        LocalDate closes = end.plusDays(rules.closesDaysAfterTermEnd());
        return !day.isBefore(opens) && !day.isAfter(closes);
    }

    @Override
    public String toString() {
        return year + "-" + season;
    }
}

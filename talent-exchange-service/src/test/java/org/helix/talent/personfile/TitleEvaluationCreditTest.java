package org.helix.talent.personfile;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The credit rule at its edges, and the hours an appointment counts per year. */
class TitleEvaluationCreditTest {

    private static TitleEvaluationCredit credit(int hours, int excellent, int good, int pass, int fail, int evaluations) {
        return TitleEvaluationCredit.of(2026, new TitleEvaluationCredit.Inputs(hours, excellent, good, pass, fail,
                evaluations));
    }

    @Test
    void onePointPerFullTwentyHoursUpToForty() {
        assertEquals(0, credit(19, 0, 0, 0, 0, 0).hourPoints());
        assertEquals(1, credit(20, 0, 0, 0, 0, 0).hourPoints());
        assertEquals(1, credit(21, 0, 0, 0, 0, 0).hourPoints());
        assertEquals(39, credit(799, 0, 0, 0, 0, 0).hourPoints());
        assertEquals(40, credit(800, 0, 0, 0, 0, 0).hourPoints());
        assertEquals(40, credit(820, 0, 0, 0, 0, 0).hourPoints());
    }

    @Test
    void assessmentsCountByOutcomeUpToFortyAndEvaluationsUpToTwenty() {
        assertEquals(10 + 6 + 3, credit(0, 1, 1, 1, 1, 0).assessmentPoints());
        assertEquals(36, credit(0, 3, 1, 0, 0, 0).assessmentPoints());
        assertEquals(40, credit(0, 4, 0, 0, 0, 0).assessmentPoints());
        assertEquals(40, credit(0, 5, 0, 0, 0, 0).assessmentPoints());
        assertEquals(15, credit(0, 0, 0, 0, 0, 3).evaluationPoints());
        assertEquals(20, credit(0, 0, 0, 0, 0, 4).evaluationPoints());
        assertEquals(20, credit(0, 0, 0, 0, 0, 5).evaluationPoints());
        assertEquals(2024, credit(0, 0, 0, 0, 0, 0).fromYear());
    }

    @Test
    void anIncentiveAtSixtyPointsWithoutAFail() {
        assertEquals(59, credit(539, 3, 0, 1, 0, 0).total());
        assertFalse(credit(539, 3, 0, 1, 0, 0).incentive());
        assertEquals(60, credit(540, 3, 0, 1, 0, 0).total());
        assertTrue(credit(540, 3, 0, 1, 0, 0).incentive());
        assertEquals(61, credit(560, 3, 0, 1, 0, 0).total());
        assertTrue(credit(560, 3, 0, 1, 0, 0).incentive());
        assertFalse(credit(800, 4, 0, 0, 1, 4).incentive());
        assertEquals(100, credit(800, 4, 0, 0, 1, 4).total());
    }

    @Test
    void hoursArePerWeekForTheDaysInTheYearThatHavePassed() {
        LocalDate start = LocalDate.of(2025, 12, 25);
        LocalDate end = LocalDate.of(2026, 1, 7);
        assertEquals(7, HoursWorked.inYear(2025, start, end, end, 7));
        assertEquals(7, HoursWorked.inYear(2026, start, end, end, 7));
        assertEquals(3, HoursWorked.inYear(2026, start, end, LocalDate.of(2026, 1, 3), 7));
        assertEquals(0, HoursWorked.inYear(2026, start, end, LocalDate.of(2025, 12, 31), 7));
        assertEquals(0, HoursWorked.inYear(2027, start, end, end, 7));
        assertEquals(145, HoursWorked.inYear(2026, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 29), 20));
    }
}

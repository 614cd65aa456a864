package org.helix.talent.personfile;

import org.helix.talent.assessment.Outcome;

import java.util.Map;

/**
 * The title-evaluation credit of a person's file, out of 100, over a window of the current calendar year and the
 * two before it. The rule, with its inputs:
 * <ul>
 *   <li><b>hours</b>: one point per full 20 hours taught or practised in the window (part-time teaching for an expert,
 *   enterprise practice for a teacher), at most 40;</li>
 *   <li><b>assessments</b>: EXCELLENT 10, GOOD 6, PASS 3, FAIL 0 points each, at most 40;</li>
 *   <li><b>evaluations</b>: 5 points per published student-evaluation result averaging at least 4.0, at most 20.</li>
 * </ul>
 * An incentive is flagged when the total is at least 60 and no assessment in the window was a FAIL.
 */
public record TitleEvaluationCredit(int fromYear, int toYear, Inputs inputs, int hourPoints, int assessmentPoints,
        int evaluationPoints, int total, boolean incentive, String rule) {

    public static final int HOURS_PER_POINT = 20;
    public static final int MAX_HOUR_POINTS = 40;
    public static final Map<Outcome, Integer> POINTS_PER_OUTCOME = Map.of(Outcome.EXCELLENT, 10, Outcome.GOOD, 6,
            Outcome.PASS, 3, Outcome.FAIL, 0);
    public static final int MAX_ASSESSMENT_POINTS = 40;
    public static final int POINTS_PER_GOOD_EVALUATION = 5;
    /** A published result counts as good from this average (of 5); its term's year must lie in the window. */
    public static final java.math.BigDecimal GOOD_EVALUATION_AVERAGE = new java.math.BigDecimal("4.00");
    public static final int MAX_EVALUATION_POINTS = 20;
    public static final int INCENTIVE_THRESHOLD = 60;
    public static final String RULE = "window: this calendar year and the two before; hours: 1 point per full 20 h "
            + "taught or practised, at most 40; assessments: EXCELLENT 10, GOOD 6, PASS 3, FAIL 0, at most 40; "
            + "student evaluations: 5 points per published result averaging at least 4.0, at most 20; incentive when "
            + "the total is at least 60 and no assessment in the window was a FAIL";

    /** What the credit is computed from, counted within the window. */
    public record Inputs(int hours, int excellent, int good, int pass, int fail, int goodEvaluations) {
    }

    public static TitleEvaluationCredit of(int currentYear, Inputs inputs) {
        int hourPoints = Math.min(MAX_HOUR_POINTS, inputs.hours() / HOURS_PER_POINT);
        int assessmentPoints = Math.min(MAX_ASSESSMENT_POINTS,
                inputs.excellent() * POINTS_PER_OUTCOME.get(Outcome.EXCELLENT)
                        + inputs.good() * POINTS_PER_OUTCOME.get(Outcome.GOOD)
                        + inputs.pass() * POINTS_PER_OUTCOME.get(Outcome.PASS));
        int evaluationPoints = Math.min(MAX_EVALUATION_POINTS, inputs.goodEvaluations() * POINTS_PER_GOOD_EVALUATION);
        int total = hourPoints + assessmentPoints + evaluationPoints;
        return new TitleEvaluationCredit(currentYear - 2, currentYear, inputs, hourPoints, assessmentPoints,
                evaluationPoints, total, total >= INCENTIVE_THRESHOLD && inputs.fail() == 0, RULE);
    }
}

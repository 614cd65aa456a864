package org.helix.funding.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How many reviews an application has, the sum of all their scores and their mean score (null without reviews). */
public record ReviewSummary(int count, long scoreSum, BigDecimal mean) {

    public static final ReviewSummary NONE = new ReviewSummary(0, 0, null);

    /** Whether the exact mean (not the rounded one shown) is at least {@code threshold}. */
    public boolean meanAtLeast(BigDecimal threshold) {
        return count > 0 && BigDecimal.valueOf(scoreSum).compareTo(threshold.multiply(BigDecimal.valueOf(count * 4L)))
                >= 0;
    }

    /** From the number of reviews and the sum of all their criterion scores (four per review). */
    public static ReviewSummary of(long count, long scoreSum) {
        if (count == 0) {
            return NONE;
        }
        return new ReviewSummary((int) count, scoreSum, BigDecimal.valueOf(scoreSum)
                .divide(BigDecimal.valueOf(count * 4), 2, RoundingMode.HALF_UP));
    }
}

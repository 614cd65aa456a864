package org.helix.incubation.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * DESIGN.md's admission rule: at least {@code minReviews} rubric reviews whose overall mean (all criteria of all
 * reviews, exact, not rounded before comparing) is at least {@code threshold}.
 */
public record AdmissionRule(BigDecimal threshold, int minReviews) {

    /** The decision for these reviews' criteria sums (each the sum of a review's four scores). */
    public Decision decide(List<Integer> criteriaSums) {
        if (criteriaSums.size() < minReviews) {
            return new Decision(false, mean(criteriaSums), criteriaSums.size() + " review(s); at least " + minReviews
                    + " are needed");
        }
        BigDecimal mean = mean(criteriaSums);
        // compare exactly: total / (4 n) >= threshold  <=>  total >= threshold * 4 n
        long total = criteriaSums.stream().mapToLong(Integer::longValue).sum();
        boolean admitted = BigDecimal.valueOf(total).compareTo(threshold.multiply(BigDecimal.valueOf(4L
                * criteriaSums.size()))) >= 0;
        return new Decision(admitted, mean, admitted ? "mean " + mean + " of " + criteriaSums.size()
                + " reviews reaches the threshold " + threshold : "mean " + mean + " of " + criteriaSums.size()
                + " reviews is below the threshold " + threshold);
    }

    /** The mean rubric score shown to people, to two decimals (half up); null without reviews. */
    public static BigDecimal mean(List<Integer> criteriaSums) {
        if (criteriaSums.isEmpty()) {
            return null;
        }
        long total = criteriaSums.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(4L * criteriaSums.size()), 2,
                RoundingMode.HALF_UP);
    }

    public record Decision(boolean admitted, BigDecimal mean, String explanation) {
    }
}

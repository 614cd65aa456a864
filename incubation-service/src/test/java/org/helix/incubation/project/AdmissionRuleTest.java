package org.helix.incubation.project;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The admission rule at its edges: the number of reviews (one below, at, one above the minimum) and the mean (one
 * step of the rubric below, at, above the threshold), for the default (3.0, 2) and for other configured values.
 * Each list item is one review's sum of its four criteria.
 */
class AdmissionRuleTest {

    private final AdmissionRule defaults = new AdmissionRule(new BigDecimal("3.0"), 2);

    @Test
    void theNumberOfReviewsAtItsEdges() {
        assertFalse(defaults.decide(List.of(20)).admitted(), "one review, even a perfect one");
        assertTrue(defaults.decide(List.of(12, 12)).admitted(), "two reviews at the threshold");
        assertTrue(defaults.decide(List.of(12, 12, 12)).admitted());
        AdmissionRule three = new AdmissionRule(new BigDecimal("3.0"), 3);
        assertFalse(three.decide(List.of(20, 20)).admitted());
        assertTrue(three.decide(List.of(12, 12, 12)).admitted());
    }

    @Test
    void theMeanAtItsEdges() {
        // the finest step of two reviews' mean is 1/8
        assertFalse(defaults.decide(List.of(12, 11)).admitted(), "2.875");
        assertTrue(defaults.decide(List.of(12, 12)).admitted(), "3.0");
        assertTrue(defaults.decide(List.of(12, 13)).admitted(), "3.125");
        assertEquals(new BigDecimal("2.88"), defaults.decide(List.of(12, 11)).mean());
    }

    @Test
    void aConfiguredThresholdIsComparedExactlyNotAfterRounding() {
        AdmissionRule strict = new AdmissionRule(new BigDecimal("3.876"), 2);
        // 31 / 8 = 3.875 is shown rounded as 3.88 but is below 3.876
        assertFalse(strict.decide(List.of(15, 16)).admitted());
        assertEquals(new BigDecimal("3.88"), strict.decide(List.of(15, 16)).mean());
        assertTrue(new AdmissionRule(new BigDecimal("3.875"), 2).decide(List.of(15, 16)).admitted());
        assertEquals(null, AdmissionRule.mean(List.of()));
    }
}

package org.helix.funding.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The largest-remainder rule: edge cases by hand, then its two properties over many random amounts and share sets. */
class AllocationTest {

    @Test
    void aThirdEachLeavesOneCentToTheFirstOfTheTies() {
        assertEquals(parts("0.34", "0.33", "0.33"), Allocation.byShares(money("1.00"),
                shares("33.34", "33.33", "33.33")));
        assertEquals(parts("33.34", "33.33", "33.33"), Allocation.byShares(money("100.00"),
                shares("33.34", "33.33", "33.33")));
        // equal shares of 33.33 cannot sum to 100; with 33.34 first the cents go by remainder, ties to the first
        assertEquals(parts("0.01", "0.00", "0.00"), Allocation.byShares(money("0.01"),
                shares("33.34", "33.33", "33.33")));
        assertEquals(parts("0.01", "0.01", "0.00"), Allocation.byShares(money("0.02"),
                shares("33.34", "33.33", "33.33")));
    }

    @Test
    void theLargestRemainderGetsTheCentNotTheFirstParty() {
        // 0.05 by 10/90: exact 0.005 and 0.045 → floors 0.00 and 0.04, remainders .5 and .5: tie → first
        assertEquals(parts("0.01", "0.04"), Allocation.byShares(money("0.05"), shares("10.00", "90.00")));
        // 0.07 by 15/85: exact 0.0105 and 0.0595 → floors 0.01 and 0.05; remainders .05 < .95 → second
        assertEquals(parts("0.01", "0.06"), Allocation.byShares(money("0.07"), shares("15.00", "85.00")));
    }

    @Test
    void zeroAmountsZeroSharesAndOneParty() {
        assertEquals(parts("0.00", "0.00"), Allocation.byShares(money("0.00"), shares("50.00", "50.00")));
        assertEquals(parts("0.00", "99.99"), Allocation.byShares(money("99.99"), shares("0.00", "100.00")));
        assertEquals(parts("1234567890123.45"), Allocation.byShares(money("1234567890123.45"), shares("100.00")));
        assertEquals(parts("9999999999999.99", "0.00"), Allocation.byShares(money("9999999999999.99"),
                shares("100.00", "0.00")));
    }

    @Test
    void sharesThatDoNotSumToAHundredOrNegativeAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Allocation.byShares(money("1.00"),
                shares("50.00", "49.99")));
        assertThrows(IllegalArgumentException.class, () -> Allocation.byShares(money("-1.00"),
                shares("100.00")));
        assertThrows(IllegalArgumentException.class, () -> Allocation.byShares(money("1.00"),
                shares("101.00", "-1.00")));
        assertThrows(IllegalArgumentException.class, () -> Allocation.byShares(money("1.00"), List.of()));
    }

    /**
     * For random amounts (a cent up to 13 digits) and random share sets (1–12 parties, two decimals, summing to 100,
     * zeros included): the parts sum exactly to the amount, and no part is a cent or more from its exact share.
     */
    @Test
    void partsSumToTheAmountAndStayWithinACentOfTheExactShare() {
        Random random = new Random(20261130L);
        for (int run = 0; run < 20_000; run++) {
            BigDecimal amount = randomAmount(random);
            List<BigDecimal> shares = randomShares(random);
            List<BigDecimal> parts = Allocation.byShares(amount, shares);
            String example = amount + " by " + shares + " → " + parts;
            assertEquals(shares.size(), parts.size(), example);
            assertEquals(amount, parts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), example);
            for (int i = 0; i < parts.size(); i++) {
                BigDecimal exact = amount.multiply(shares.get(i)).divide(new BigDecimal(100), MathContext.DECIMAL128);
                BigDecimal deviation = parts.get(i).subtract(exact).abs();
                assertTrue(deviation.compareTo(new BigDecimal("0.01")) < 0, example + ": party " + i + " deviates by "
                        + deviation);
                assertEquals(2, parts.get(i).scale(), example);
            }
        }
    }

    private static BigDecimal randomAmount(Random random) {
        int digits = 1 + random.nextInt(15);
        long cents = Math.abs(random.nextLong()) % (long) Math.pow(10, digits);
        return new BigDecimal(java.math.BigInteger.valueOf(cents), 2);
    }

    private static List<BigDecimal> randomShares(Random random) {
        int parties = 1 + random.nextInt(12);
        // cut 10,000 hundredths of a percent at random points (duplicates give zero shares)
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < parties - 1; i++) {
            cuts.add(random.nextInt(10_001));
        }
        cuts.add(0);
        cuts.add(10_000);
        cuts.sort(Integer::compare);
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            shares.add(new BigDecimal(java.math.BigInteger.valueOf(cuts.get(i) - cuts.get(i - 1)), 2));
        }
        return shares;
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> shares(String... shares) {
        return List.of(shares).stream().map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> parts(String... parts) {
        return shares(parts);
    }
}

package org.helix.funding.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount between parties by their shares, exact to the cent, by the largest-remainder rule: every party
 * first gets its exact share rounded down to the cent; the cents left over (fewer than the number of parties) go one
 * each to the parties with the largest remainders, ties to the party listed first. So the parts always sum to the
 * amount, and no part differs from its exact share by a cent or more.
 */
public final class Allocation {

    private static final BigInteger HUNDRED_PERCENT = BigInteger.valueOf(10_000);

    private Allocation() {
    }

    /**
     * @param amount a non-negative amount with at most two decimals
     * @param sharesPercent each party's share in percent with at most two decimals, summing to exactly 100
     * @return each party's part, in the order of {@code sharesPercent}, with scale 2
     */
    public static List<BigDecimal> byShares(BigDecimal amount, List<BigDecimal> sharesPercent) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must not be negative: " + amount);
        }
        if (sharesPercent.isEmpty()) {
            throw new IllegalArgumentException("no shares to allocate by");
        }
        BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
        List<BigInteger> shares = sharesPercent.stream().map(share -> {
            if (share.signum() < 0) {
                throw new IllegalArgumentException("a share must not be negative: " + share);
            }
            return share.movePointRight(2).toBigIntegerExact();
        }).toList();
        if (!shares.stream().reduce(BigInteger.ZERO, BigInteger::add).equals(HUNDRED_PERCENT)) {
            throw new IllegalArgumentException("shares must sum to exactly 100: " + sharesPercent);
        }
        List<BigInteger> parts = new ArrayList<>();
        List<BigInteger> remainders = new ArrayList<>();
        BigInteger allocated = BigInteger.ZERO;
        for (BigInteger share : shares) {
            BigInteger[] division = cents.multiply(share).divideAndRemainder(HUNDRED_PERCENT);
            parts.add(division[0]);
            remainders.add(division[1]);
            allocated = allocated.add(division[0]);
        }
        int leftover = cents.subtract(allocated).intValueExact();
        IntStream.range(0, shares.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(leftover)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return parts.stream().map(part -> new BigDecimal(part, 2)).toList();
    }
}

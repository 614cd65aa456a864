package org.helix.funding.money;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in funding: {@link BigDecimal} with scale 2. Amounts arrive with at most two decimals and are never rounded
 * ({@link RoundingMode#UNNECESSARY}); only allocations by share round, by the largest-remainder rule
 * ({@link Allocation}).
 */
public final class Money {

    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    public static BigDecimal of(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The amount as events carry it: a plain decimal string with exactly two decimals. */
    public static String text(BigDecimal amount) {
        return of(amount).toPlainString();
    }
}

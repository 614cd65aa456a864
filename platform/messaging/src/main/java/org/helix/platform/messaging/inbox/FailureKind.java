package org.helix.platform.messaging.inbox;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure to apply an event can ever pass. Only poison is final: the event itself is unreadable or its data
 * cannot be stored. Everything else (the database away, connections refused, timeouts, lock timeouts, and failures
 * nobody foresaw) is treated as transient: the consumer waits and retries, loudly, rather than file a good event as
 * a dead letter and lose its effect.
 */
public enum FailureKind {
    POISON,
    TRANSIENT;

    /**
     * PostgreSQL refusing the data itself: class 22 (data exception: a value too long, not a number, out of range),
     * not-null and check violations. Unique and foreign-key violations are left transient: a race between replicas
     * or an event arriving before the row it refers to passes on a later attempt.
     */
    private static final Set<String> DATA_REFUSALS = Set.of("23502", "23514");

    public static FailureKind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PoisonEventException) {
                return POISON;
            }
            if (cause instanceof SQLException sql && refusesTheData(sql.getSQLState())) {
                return POISON;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return TRANSIENT;
    }

    private static boolean refusesTheData(String sqlState) {
        return sqlState != null && (sqlState.startsWith("22") || DATA_REFUSALS.contains(sqlState));
    }
}

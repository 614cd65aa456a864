package org.helix.platform.messaging.inbox;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only the event itself or data the database refuses is poison; outages, timeouts and surprises are retried. */
class FailureKindTest {

    @Test
    void aPoisonEventIsPoisonHoweverDeeplyWrapped() {
        assertEquals(FailureKind.POISON, FailureKind.of(new PoisonEventException("name is missing")));
        assertEquals(FailureKind.POISON, FailureKind.of(new IllegalStateException("wrapped",
                new RuntimeException(new PoisonEventException("name is missing")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"22001", "22P02", "22003", "23502", "23514"})
    void dataTheDatabaseRefusesIsPoison(String sqlState) {
        assertEquals(FailureKind.POISON, FailureKind.of(new RuntimeException("could not execute statement",
                new SQLException("refused", sqlState))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "57P01", "55P03", "40001", "40P01", "57014", "23505", "23503"})
    void connectionLockAndRaceFailuresAreTransient(String sqlState) {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new RuntimeException("could not execute statement",
                new SQLException("failed", sqlState))));
    }

    @Test
    void outagesTimeoutsAndUnforeseenFailuresAreTransient() {
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new RuntimeException(new ConnectException("Connection refused"))));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLTransientConnectionException("acquisition timeout")));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new RuntimeException(new TimeoutException())));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new NullPointerException()));
        assertEquals(FailureKind.TRANSIENT, FailureKind.of(new SQLException("no state")));
    }
}

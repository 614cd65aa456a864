package org.helix.platform.messaging.outbox;

import org.helix.platform.messaging.outbox.Acknowledgements.Answer;
import org.helix.platform.messaging.outbox.Acknowledgements.Decision;
import org.helix.platform.messaging.outbox.Acknowledgements.Result;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Acknowledgement handling stops at the first failure: no later row is marked sent after an earlier failed one. */
class AcknowledgementsTest {

    @Test
    void everyRowIsSentWhenTheBrokerAcknowledgedAll() {
        Decision decision = Acknowledgements.decide(List.of(ack(1), ack(2), ack(3)));
        assertEquals(List.of(1L, 2L, 3L), decision.sent());
        assertTrue(decision.park().isEmpty());
        assertTrue(decision.backOffBecause().isEmpty());
    }

    @Test
    void aTransientFailureStopsTheRoundAndLaterAcknowledgementsDoNotCount() {
        Decision decision = Acknowledgements.decide(List.of(ack(1), failed(2, "TimeoutException"), ack(3)));
        assertEquals(List.of(1L), decision.sent());
        assertTrue(decision.park().isEmpty());
        assertEquals("TimeoutException", decision.backOffBecause().orElseThrow());
    }

    @Test
    void aRefusalForGoodParksThatRowAndLaterAcknowledgementsDoNotCount() {
        Decision decision = Acknowledgements.decide(List.of(ack(1), ack(2),
                new Result(3, Answer.REFUSED_FOR_GOOD, "RecordTooLargeException"), ack(4), failed(5, "x")));
        assertEquals(List.of(1L, 2L), decision.sent());
        assertEquals(3L, decision.park().orElseThrow().id());
        assertEquals("RecordTooLargeException", decision.park().orElseThrow().reason());
        assertTrue(decision.backOffBecause().isEmpty(), "a parked row does not hold up the other aggregates");
    }

    @Test
    void aFirstRowFailingMarksNothing() {
        Decision decision = Acknowledgements.decide(List.of(failed(7, "broker away"), ack(8)));
        assertTrue(decision.sent().isEmpty());
    }

    @Test
    void eachAggregateHasOneEventInFlightPerRound() {
        record Row(long id, String aggregate) {
        }
        List<Row> pending = List.of(new Row(1, "A"), new Row(2, "B"), new Row(3, "A"), new Row(4, "C"),
                new Row(5, "B"));
        assertEquals(List.of(new Row(1, "A"), new Row(2, "B"), new Row(4, "C")),
                AggregateOrder.firstOfEach(pending, Row::aggregate));
    }

    private static Result ack(long id) {
        return Result.acknowledged(id);
    }

    private static Result failed(long id, String reason) {
        return new Result(id, Answer.FAILED, reason);
    }
}

package org.helix.platform.messaging.outbox;

import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ExecutionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only a refusal of the record itself parks it; outages and misconfiguration are waited out. */
class SendFailuresTest {

    @Test
    void aRecordTheBrokerCanNeverTakeIsRefusedForGood() {
        assertTrue(SendFailures.refusedForGood(new RecordTooLargeException("too large")));
        assertTrue(SendFailures.refusedForGood(new ExecutionException(new RecordTooLargeException("too large"))));
        assertTrue(SendFailures.refusedForGood(new SerializationException("cannot serialize")));
    }

    @Test
    void outagesAndMisconfigurationAreRetried() {
        assertFalse(SendFailures.refusedForGood(new TimeoutException("metadata not available")));
        assertFalse(SendFailures.refusedForGood(new NotLeaderOrFollowerException("moving")));
        assertFalse(SendFailures.refusedForGood(new TopicAuthorizationException(Set.of("helix.governance.v1"))));
        assertFalse(SendFailures.refusedForGood(new IllegalStateException("unforeseen")));
    }

    @Test
    void theReasonNamesTheBrokersErrorNotItsWrapper() {
        assertEquals("RecordTooLargeException: too large",
                SendFailures.describe(new ExecutionException(new RecordTooLargeException("too large"))));
    }
}

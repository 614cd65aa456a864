package org.helix.platform.messaging.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

import java.util.concurrent.ExecutionException;

/**
 * Whether the broker (or the producer on its behalf) refused a record for good. Only refusals of the record itself
 * count: sending it again can never succeed, so it is parked. Everything else (the broker away, timeouts, not
 * authorised, failures nobody foresaw) is retried with backoff: parking the head of every aggregate because of an
 * outage or a misconfiguration would be far worse than waiting.
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean refusedForGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidRecordException || cause instanceof SerializationException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static String describe(Throwable failure) {
        Throwable shown = failure.getCause() != null && failure instanceof ExecutionException
                ? failure.getCause() : failure;
        return shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
    }
}

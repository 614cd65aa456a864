package org.helix.platform.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a relay round concludes from the broker's answers to the records it sent, taken in id order: every row up to
 * the first failure is sent; the first failure stops the round, and nothing after it is marked sent even if the
 * broker took it (it is sent again next round: consumers are idempotent, but order per aggregate must hold). A first
 * failure that is a refusal for good parks that row; any other one means backing off.
 */
final class Acknowledgements {

    enum Answer { ACKNOWLEDGED, REFUSED_FOR_GOOD, FAILED }

    /** The broker's answer about one sent row. */
    record Result(long id, Answer answer, String reason) {
        static Result acknowledged(long id) {
            return new Result(id, Answer.ACKNOWLEDGED, null);
        }
    }

    /** Rows to mark sent, the row to park (with its reason) and whether the relay must back off. */
    record Decision(List<Long> sent, Optional<Result> park, Optional<String> backOffBecause) {
    }

    private Acknowledgements() {
    }

    static Decision decide(List<Result> resultsInIdOrder) {
        List<Long> sent = new ArrayList<>();
        for (Result result : resultsInIdOrder) {
            switch (result.answer()) {
                case ACKNOWLEDGED -> sent.add(result.id());
                case REFUSED_FOR_GOOD -> {
                    return new Decision(sent, Optional.of(result), Optional.empty());
                }
                case FAILED -> {
                    return new Decision(sent, Optional.empty(), Optional.of(result.reason()));
                }
            }
        }
        return new Decision(sent, Optional.empty(), Optional.empty());
    }
}

package org.helix.platform.messaging.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Keeps events in order per aggregate: of the pending rows (in id order), a round sends only each aggregate's first. */
final class AggregateOrder {

    private AggregateOrder() {
    }

    static <T> List<T> firstOfEach(List<T> rowsInIdOrder, Function<T, String> aggregate) {
        Set<String> seen = new HashSet<>();
        List<T> heads = new ArrayList<>();
        for (T row : rowsInIdOrder) {
            if (seen.add(aggregate.apply(row))) {
                heads.add(row);
            }
        }
        return heads;
    }
}

package org.helix.platform.web.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What one lifecycle step is: its verb (as in "Cannot {verb} a Meeting that is CLOSED"), the statuses it may start
 * from, and the status it leads to, or null when the step keeps the current status.
 */
public record Step<S extends Enum<S>>(String verb, Set<S> allowedFrom, S target) {

    public Step {
        Objects.requireNonNull(verb, "verb");
        if (allowedFrom.isEmpty()) {
            throw new IllegalArgumentException("The step '" + verb + "' must be allowed from at least one status");
        }
        allowedFrom = Collections.unmodifiableSet(EnumSet.copyOf(allowedFrom));
    }
}

package org.helix.platform.web.lifecycle;

import org.helix.platform.web.problem.ApiProblem;

import java.util.Set;

/**
 * One step of an aggregate's lifecycle, the single style every status enum of a service uses: each status enum
 * declares its steps as a nested {@code Transition} enum holding one {@link Step} each (the statuses it may start
 * from and the status it leads to, or none when the status stays), and every change asks {@link #from} for the next
 * status. A step the current status does not allow is the same 409 problem everywhere.
 *
 * <pre>{@code
 * public enum Transition implements org.helix.platform.web.lifecycle.Transition<MeetingStatus> {
 *     START("start", EnumSet.of(SCHEDULED), IN_SESSION),
 *     RECORD_ATTENDANCE("record attendance at", EnumSet.of(IN_SESSION), null);
 *
 *     private final Step<MeetingStatus> step;
 *
 *     Transition(String verb, Set<MeetingStatus> from, MeetingStatus to) {
 *         step = new Step<>(verb, from, to);
 *     }
 *
 *     @Override
 *     public Step<MeetingStatus> step() {
 *         return step;
 *     }
 * }
 * }</pre>
 */
public interface Transition<S extends Enum<S>> {

    /** What this step is; everything else follows from it. */
    Step<S> step();

    /** What the step does, as in "Cannot {verb} a Meeting that is CLOSED". */
    default String verb() {
        return step().verb();
    }

    default Set<S> allowedFrom() {
        return step().allowedFrom();
    }

    /** The status after the step; null when the step keeps the current status. */
    default S target() {
        return step().target();
    }

    /** The status after taking this step from {@code current}, or a 409 problem naming {@code resource}. */
    default S from(S current, String resource) {
        if (!isAllowedFrom(current)) {
            throw ApiProblem.illegalTransition(resource, current, verb());
        }
        return target() == null ? current : target();
    }

    default boolean isAllowedFrom(S current) {
        return allowedFrom().contains(current);
    }
}

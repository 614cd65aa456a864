package org.helix.talent.lifecycle;

import org.helix.platform.web.problem.ApiProblem;

import java.util.Set;

/**
 * One step of an aggregate's lifecycle, the single style every status enum of talent exchange uses: each status enum
 * declares its steps as a nested {@code Transition} enum (the statuses it may start from and the status it leads to,
 * or none when the status stays), and every change asks {@link #from} for the next status. A step the current status
 * does not allow is the same 409 problem everywhere.
 */
public interface Transition<S extends Enum<S>> {

    /** What the step does, as in "Cannot {verb} a Meeting that is CLOSED". */
    String verb();

    Set<S> allowedFrom();

    /** The status after the step; null when the step keeps the current status. */
    S target();

    /** The status after taking this step from {@code current}, or a 409 problem naming {@code resource}. */
    default S from(S current, String resource) {
        if (!allowedFrom().contains(current)) {
            throw ApiProblem.illegalTransition(resource, current, verb());
        }
        return target() == null ? current : target();
    }

    default boolean isAllowedFrom(S current) {
        return allowedFrom().contains(current);
    }
}

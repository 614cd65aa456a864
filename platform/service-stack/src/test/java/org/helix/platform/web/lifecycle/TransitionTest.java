package org.helix.platform.web.lifecycle;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lifecycle declared the short way: a step that moves, one that keeps the status, one that is refused. */
class TransitionTest {

    enum DoorStatus {
        OPEN, CLOSED, LOCKED;

        enum Transition implements org.helix.platform.web.lifecycle.Transition<DoorStatus> {
            CLOSE("close", EnumSet.of(OPEN), CLOSED),
            LOCK("lock", EnumSet.of(CLOSED), LOCKED),
            KNOCK("knock on", EnumSet.of(CLOSED, LOCKED), null);

            private final Step<DoorStatus> step;

            Transition(String verb, Set<DoorStatus> from, DoorStatus to) {
                step = new Step<>(verb, from, to);
            }

            @Override
            public Step<DoorStatus> step() {
                return step;
            }
        }
    }

    @Test
    void aStepThatMovesLeadsToItsTarget() {
        assertEquals(DoorStatus.CLOSED, DoorStatus.Transition.CLOSE.from(DoorStatus.OPEN, "Door"));
        assertEquals(DoorStatus.LOCKED, DoorStatus.Transition.LOCK.from(DoorStatus.CLOSED, "Door"));
    }

    @Test
    void aStepWithoutTargetKeepsTheStatus() {
        assertEquals(DoorStatus.CLOSED, DoorStatus.Transition.KNOCK.from(DoorStatus.CLOSED, "Door"));
        assertEquals(DoorStatus.LOCKED, DoorStatus.Transition.KNOCK.from(DoorStatus.LOCKED, "Door"));
    }

    @Test
    void aStepTheStatusDoesNotAllowIsTheIllegalTransitionProblem() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> DoorStatus.Transition.KNOCK.from(DoorStatus.OPEN, "Door"));
        assertEquals(409, problem.status());
        assertEquals("illegal-transition", problem.slug());
        assertEquals("Illegal state transition", problem.title());
        assertEquals("Cannot knock on a Door that is OPEN", problem.getMessage());
        assertEquals(List.of(), problem.errors());
    }

    @Test
    void theAccessorsReadTheStep() {
        DoorStatus.Transition knock = DoorStatus.Transition.KNOCK;
        assertEquals("knock on", knock.verb());
        assertEquals(EnumSet.of(DoorStatus.CLOSED, DoorStatus.LOCKED), knock.allowedFrom());
        assertNull(knock.target());
        assertEquals(DoorStatus.LOCKED, DoorStatus.Transition.LOCK.target());
        assertTrue(knock.isAllowedFrom(DoorStatus.LOCKED));
        assertFalse(knock.isAllowedFrom(DoorStatus.OPEN));
    }

    @Test
    void aStepKeepsItsOwnCopyOfTheStatusesItStartsFrom() {
        EnumSet<DoorStatus> from = EnumSet.of(DoorStatus.OPEN);
        Step<DoorStatus> step = new Step<>("close", from, DoorStatus.CLOSED);
        from.add(DoorStatus.LOCKED);
        assertEquals(EnumSet.of(DoorStatus.OPEN), step.allowedFrom());
        assertThrows(UnsupportedOperationException.class, () -> step.allowedFrom().add(DoorStatus.LOCKED));
    }

    @Test
    void aStepAllowedFromNoStatusIsAMistake() {
        assertThrows(IllegalArgumentException.class,
                () -> new Step<>("close", EnumSet.noneOf(DoorStatus.class), DoorStatus.CLOSED));
    }
}

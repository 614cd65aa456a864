package org.helix.governance.lifecycle;

import org.helix.governance.agreement.AgreementStatus;
import org.helix.governance.meeting.MeetingStatus;
import org.helix.governance.problem.ProblemStatus;
import org.helix.governance.resolution.ActionStatus;
import org.helix.governance.resolution.ResolutionStatus;
import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Every status enum against its lifecycle, written out as a table: for each transition and each status either the
 * status it leads to or {@code -} (refused with a 409). Plain and fast: no application, no database.
 */
class LifecycleTest {

    @Test
    void meeting() {
        check(MeetingStatus.class, MeetingStatus.Transition.class, MeetingStatus::after, Map.of(
                //                               SCHEDULED   IN_SESSION  CLOSED   CANCELLED
                MeetingStatus.Transition.START, "IN_SESSION  -           -        -",
                MeetingStatus.Transition.CLOSE, "-           CLOSED      -        -",
                MeetingStatus.Transition.CANCEL, "CANCELLED  -           -        -",
                MeetingStatus.Transition.RECORD_ATTENDANCE, "- IN_SESSION -       -",
                MeetingStatus.Transition.KEEP_MINUTES, "-    IN_SESSION  CLOSED   -"));
    }

    @Test
    void resolution() {
        check(ResolutionStatus.class, ResolutionStatus.Transition.class, ResolutionStatus::after, Map.of(
                //                                      PROPOSED  VOTING    ADOPTED   REJECTED
                ResolutionStatus.Transition.OPEN_VOTING, "VOTING  -         -         -",
                ResolutionStatus.Transition.VOTE, "-              VOTING    -         -",
                ResolutionStatus.Transition.ADOPT, "-             ADOPTED   -         -",
                ResolutionStatus.Transition.REJECT, "-            REJECTED  -         -",
                ResolutionStatus.Transition.ADD_ACTION, "-        -         ADOPTED   -"));
    }

    @Test
    void actionItem() {
        check(ActionStatus.class, ActionStatus.Transition.class, ActionStatus::after, Map.of(
                //                              OPEN         IN_PROGRESS  DONE
                ActionStatus.Transition.START, "IN_PROGRESS  -            -",
                ActionStatus.Transition.COMPLETE, "-         DONE         -"));
    }

    @Test
    void actionItemMovesOnlyOneStepTowardsWhatTheClientAsks() {
        assertEquals(ActionStatus.IN_PROGRESS, ActionStatus.OPEN.moveTo(ActionStatus.IN_PROGRESS));
        assertEquals(ActionStatus.DONE, ActionStatus.IN_PROGRESS.moveTo(ActionStatus.DONE));
        for (ActionStatus from : ActionStatus.values()) {
            for (ActionStatus to : ActionStatus.values()) {
                boolean oneStep = from.ordinal() + 1 == to.ordinal();
                if (!oneStep) {
                    ApiProblem refused = assertThrows(ApiProblem.class, () -> from.moveTo(to), from + " → " + to);
                    assertEquals(409, refused.status());
                }
            }
        }
    }

    @Test
    void agreement() {
        check(AgreementStatus.class, AgreementStatus.Transition.class, AgreementStatus::after, Map.of(
                //                                  DRAFT   SIGNED  ACTIVE      TERMINATED
                AgreementStatus.Transition.EDIT, "DRAFT     -       -           -",
                AgreementStatus.Transition.SIGN, "DRAFT     -       -           -",
                AgreementStatus.Transition.COMPLETE_SIGNATURES, "SIGNED - - -",
                AgreementStatus.Transition.ACTIVATE, "-     ACTIVE  -           -",
                AgreementStatus.Transition.TERMINATE, "-    TERMINATED TERMINATED -"));
    }

    @Test
    void problem() {
        check(ProblemStatus.class, ProblemStatus.Transition.class, ProblemStatus::after, Map.of(
                //                                 OPEN       ESCALATED  RESOLVED
                ProblemStatus.Transition.ESCALATE, "ESCALATED ESCALATED  -",
                ProblemStatus.Transition.RESOLVE, "RESOLVED   RESOLVED   -"));
    }

    /** {@code table}: per transition, the outcome from each status in declaration order. */
    private static <S extends Enum<S>, T extends Enum<T>> void check(Class<S> statuses, Class<T> transitions,
            BiFunction<S, T, S> after, Map<T, String> table) {
        assertEquals(transitions.getEnumConstants().length, table.size(), "every transition is in the table");
        for (T transition : transitions.getEnumConstants()) {
            String[] outcomes = table.get(transition).trim().split("\\s+");
            S[] all = statuses.getEnumConstants();
            assertEquals(all.length, outcomes.length, transition + ": one outcome per status");
            for (int i = 0; i < all.length; i++) {
                S from = all[i];
                if (outcomes[i].equals("-")) {
                    ApiProblem refused = assertThrows(ApiProblem.class, () -> after.apply(from, transition),
                            transition + " from " + from);
                    assertEquals(409, refused.status());
                    assertEquals("illegal-transition", refused.slug());
                } else {
                    assertEquals(Enum.valueOf(statuses, outcomes[i]), after.apply(from, transition),
                            transition + " from " + from);
                }
            }
        }
    }
}

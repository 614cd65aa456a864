package org.helix.funding.lifecycle;

import org.helix.funding.application.ApplicationStatus;
import org.helix.funding.award.AwardStatus;
import org.helix.funding.award.TrancheStatus;
import org.helix.funding.call.CallStatus;
import org.helix.funding.ledger.LedgerStatus;
import org.helix.platform.web.lifecycle.Transition;
import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of every funding lifecycle from every status: the expected target, or a 409 illegal-transition. */
class StatusTransitionsTest {

    @Test
    void applications() {
        Map<ApplicationStatus.Transition, Map<ApplicationStatus, ApplicationStatus>> expected = new LinkedHashMap<>();
        expected.put(ApplicationStatus.Transition.ASSIGN_REVIEWER, Map.of(ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.UNDER_REVIEW));
        expected.put(ApplicationStatus.Transition.REVIEW, Map.of(ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.UNDER_REVIEW));
        expected.put(ApplicationStatus.Transition.AWARD, Map.of(ApplicationStatus.UNDER_REVIEW,
                ApplicationStatus.AWARDED));
        expected.put(ApplicationStatus.Transition.DECLINE, Map.of(ApplicationStatus.SUBMITTED,
                ApplicationStatus.DECLINED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.DECLINED));
        expected.put(ApplicationStatus.Transition.WITHDRAW, Map.of(ApplicationStatus.SUBMITTED,
                ApplicationStatus.WITHDRAWN, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.WITHDRAWN));
        walk(ApplicationStatus.class, expected, "Application");
    }

    @Test
    void calls() {
        walk(CallStatus.class, Map.of(
                CallStatus.Transition.EDIT, Map.of(CallStatus.OPEN, CallStatus.OPEN),
                CallStatus.Transition.APPLY, Map.of(CallStatus.OPEN, CallStatus.OPEN),
                CallStatus.Transition.CLOSE, Map.of(CallStatus.OPEN, CallStatus.CLOSED)), "Call");
    }

    @Test
    void awardsAndTranches() {
        walk(AwardStatus.class, Map.of(
                AwardStatus.Transition.SUSPEND, Map.of(AwardStatus.ACTIVE, AwardStatus.SUSPENDED),
                AwardStatus.Transition.RESUME, Map.of(AwardStatus.SUSPENDED, AwardStatus.ACTIVE)), "Award");
        walk(TrancheStatus.class, Map.of(
                TrancheStatus.Transition.RELEASE, Map.of(TrancheStatus.PENDING, TrancheStatus.RELEASED),
                TrancheStatus.Transition.CANCEL, Map.of(TrancheStatus.PENDING, TrancheStatus.CANCELLED)), "Tranche");
    }

    @Test
    void ledgers() {
        walk(LedgerStatus.class, Map.of(
                LedgerStatus.Transition.POST, Map.of(LedgerStatus.OPEN, LedgerStatus.OPEN),
                LedgerStatus.Transition.SETTLE, Map.of(LedgerStatus.OPEN, LedgerStatus.CLOSED)), "Ledger");
    }

    private static <S extends Enum<S>, T extends Transition<S>> void walk(Class<S> statuses,
            Map<T, Map<S, S>> expected, String resource) {
        for (Map.Entry<T, Map<S, S>> step : expected.entrySet()) {
            Set<S> all = EnumSet.allOf(statuses);
            for (S from : all) {
                S target = step.getValue().get(from);
                if (target != null) {
                    assertEquals(target, step.getKey().from(from, resource), step.getKey() + " from " + from);
                } else {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> step.getKey().from(from, resource),
                            step.getKey() + " from " + from);
                    assertEquals(409, problem.status());
                    assertEquals("illegal-transition", problem.slug());
                }
            }
        }
        // every step of the enum is in the table
        assertEquals(expected.keySet().iterator().next().getClass().getEnumConstants().length, expected.size());
    }
}

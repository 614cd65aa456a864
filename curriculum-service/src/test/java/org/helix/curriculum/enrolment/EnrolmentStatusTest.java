package org.helix.curriculum.enrolment;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.helix.curriculum.enrolment.EnrolmentStatus.COMPLETED;
import static org.helix.curriculum.enrolment.EnrolmentStatus.ENROLLED;
import static org.helix.curriculum.enrolment.EnrolmentStatus.WITHDRAWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of the enrolment lifecycle from every status. */
class EnrolmentStatusTest {

    @Test
    void theAllowedStepsLeadWhereTheyShould() {
        assertEquals(WITHDRAWN, ENROLLED.after(EnrolmentStatus.Transition.WITHDRAW));
        assertEquals(COMPLETED, ENROLLED.after(EnrolmentStatus.Transition.COMPLETE));
    }

    @Test
    void everyOtherStepIsAConflict() {
        int refused = 0;
        for (EnrolmentStatus.Transition step : EnrolmentStatus.Transition.values()) {
            for (EnrolmentStatus from : EnrolmentStatus.values()) {
                if (!step.isAllowedFrom(from)) {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> from.after(step));
                    assertEquals(409, problem.status());
                    refused++;
                }
            }
        }
        assertEquals(2 * 3 - 2, refused);
    }
}

package org.helix.curriculum.internship;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.helix.curriculum.internship.InternshipStatus.ABANDONED;
import static org.helix.curriculum.internship.InternshipStatus.COMPLETED;
import static org.helix.curriculum.internship.InternshipStatus.ONGOING;
import static org.helix.curriculum.internship.InternshipStatus.PLANNED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of the internship lifecycle from every status. */
class InternshipStatusTest {

    @Test
    void theAllowedStepsLeadWhereTheyShould() {
        assertEquals(ONGOING, PLANNED.after(InternshipStatus.Transition.START));
        assertEquals(COMPLETED, ONGOING.after(InternshipStatus.Transition.COMPLETE));
        assertEquals(ABANDONED, ONGOING.after(InternshipStatus.Transition.ABANDON));
    }

    @Test
    void everyOtherStepIsAConflict() {
        int refused = 0;
        for (InternshipStatus.Transition step : InternshipStatus.Transition.values()) {
            for (InternshipStatus from : InternshipStatus.values()) {
                if (!step.isAllowedFrom(from)) {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> from.after(step));
                    assertEquals(409, problem.status());
                    refused++;
                }
            }
        }
        assertEquals(3 * 4 - 3, refused);
    }
}

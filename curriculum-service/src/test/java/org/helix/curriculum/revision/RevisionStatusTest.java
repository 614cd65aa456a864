package org.helix.curriculum.revision;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.helix.curriculum.revision.RevisionStatus.APPROVED;
import static org.helix.curriculum.revision.RevisionStatus.DRAFT;
import static org.helix.curriculum.revision.RevisionStatus.PUBLISHED;
import static org.helix.curriculum.revision.RevisionStatus.UNDER_REVIEW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of the revision lifecycle from every status. */
class RevisionStatusTest {

    @Test
    void theAllowedStepsLeadWhereTheyShould() {
        assertEquals(DRAFT, DRAFT.after(RevisionStatus.Transition.EDIT));
        assertEquals(UNDER_REVIEW, DRAFT.after(RevisionStatus.Transition.SUBMIT));
        assertEquals(DRAFT, UNDER_REVIEW.after(RevisionStatus.Transition.REQUEST_CHANGES));
        assertEquals(APPROVED, UNDER_REVIEW.after(RevisionStatus.Transition.APPROVE));
        assertEquals(PUBLISHED, APPROVED.after(RevisionStatus.Transition.PUBLISH));
        assertEquals(DRAFT, DRAFT.after(RevisionStatus.Transition.COMMENT));
        assertEquals(UNDER_REVIEW, UNDER_REVIEW.after(RevisionStatus.Transition.COMMENT));
        assertEquals(APPROVED, APPROVED.after(RevisionStatus.Transition.COMMENT));
    }

    @Test
    void everyOtherStepIsAConflict() {
        int refused = 0;
        for (RevisionStatus.Transition step : RevisionStatus.Transition.values()) {
            for (RevisionStatus from : RevisionStatus.values()) {
                if (!step.isAllowedFrom(from)) {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> from.after(step));
                    assertEquals(409, problem.status());
                    refused++;
                }
            }
        }
        assertEquals(6 * 4 - 8, refused);
    }
}

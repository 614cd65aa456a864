package org.helix.talent.appointment;

import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.helix.talent.appointment.AppointmentStatus.ACTIVE;
import static org.helix.talent.appointment.AppointmentStatus.APPROVED;
import static org.helix.talent.appointment.AppointmentStatus.COMPLETED;
import static org.helix.talent.appointment.AppointmentStatus.PROPOSED;
import static org.helix.talent.appointment.AppointmentStatus.TERMINATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of the appointment lifecycle from every status: the allowed ones lead where they should, the rest 409. */
class AppointmentStatusTest {

    @Test
    void theAllowedStepsLeadWhereTheyShould() {
        assertEquals(PROPOSED, PROPOSED.after(AppointmentStatus.Transition.APPROVE));
        assertEquals(APPROVED, PROPOSED.after(AppointmentStatus.Transition.COMPLETE_APPROVALS));
        assertEquals(PROPOSED, APPROVED.after(AppointmentStatus.Transition.EDIT));
        assertEquals(PROPOSED, PROPOSED.after(AppointmentStatus.Transition.EDIT));
        assertEquals(ACTIVE, APPROVED.after(AppointmentStatus.Transition.ACTIVATE));
        assertEquals(COMPLETED, ACTIVE.after(AppointmentStatus.Transition.COMPLETE));
        for (AppointmentStatus from : EnumSet.of(PROPOSED, APPROVED, ACTIVE)) {
            assertEquals(TERMINATED, from.after(AppointmentStatus.Transition.TERMINATE));
        }
        assertEquals(ACTIVE, ACTIVE.after(AppointmentStatus.Transition.ASSESS));
        assertEquals(COMPLETED, COMPLETED.after(AppointmentStatus.Transition.ASSESS));
    }

    @Test
    void everyOtherStepIsAConflict() {
        int refused = 0;
        for (AppointmentStatus.Transition step : AppointmentStatus.Transition.values()) {
            for (AppointmentStatus from : AppointmentStatus.values()) {
                if (!step.isAllowedFrom(from)) {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> from.after(step));
                    assertEquals(409, problem.status());
                    refused++;
                }
            }
        }
        assertEquals(7 * 5 - 11, refused);
    }
}

package org.helix.incubation.project;

import org.helix.incubation.mentor.Mentorship;
import org.helix.incubation.milestone.MilestoneStatus;
import org.helix.incubation.park.Allocation;
import org.helix.incubation.servicerequest.ServiceRequestStatus;
import org.helix.incubation.training.TrainingRegistration;
import org.helix.platform.web.lifecycle.Transition;
import org.helix.platform.web.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.function.BiFunction;

import static org.helix.incubation.project.ProjectStatus.DECLINED;
import static org.helix.incubation.project.ProjectStatus.DISCONTINUED;
import static org.helix.incubation.project.ProjectStatus.GRADUATED;
import static org.helix.incubation.project.ProjectStatus.INCUBATING;
import static org.helix.incubation.project.ProjectStatus.SCREENING;
import static org.helix.incubation.project.ProjectStatus.SUBMITTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every step of every lifecycle of the service from every status: the allowed ones lead where they should, the rest 409. */
class StatusTransitionsTest {

    @Test
    void projectStepsLeadWhereTheyShould() {
        assertEquals(SCREENING, SUBMITTED.after(ProjectStatus.Transition.START_SCREENING));
        assertEquals(INCUBATING, SCREENING.after(ProjectStatus.Transition.ADMIT));
        assertEquals(DECLINED, SCREENING.after(ProjectStatus.Transition.DECLINE));
        assertEquals(GRADUATED, INCUBATING.after(ProjectStatus.Transition.GRADUATE));
        assertEquals(DISCONTINUED, INCUBATING.after(ProjectStatus.Transition.DISCONTINUE));
        assertEquals(SCREENING, SCREENING.after(ProjectStatus.Transition.REVIEW));
        for (ProjectStatus status : EnumSet.of(SUBMITTED, SCREENING)) {
            assertEquals(status, status.after(ProjectStatus.Transition.EDIT));
            assertEquals(status, status.after(ProjectStatus.Transition.SEAT_PANEL));
        }
        assertEquals(INCUBATING, INCUBATING.after(ProjectStatus.Transition.INCUBATE));
        assertEquals(SCREENING, SCREENING.after(ProjectStatus.Transition.REQUEST_SERVICE));
        assertEquals(INCUBATING, INCUBATING.after(ProjectStatus.Transition.REQUEST_SERVICE));
        assertEquals(10 * 6 - 13, refusals(ProjectStatus.Transition.values(), ProjectStatus.values(),
                ProjectStatus::after));
    }

    @Test
    void milestoneServiceRequestMentorshipAllocationAndRegistrationStepsLeadWhereTheyShould() {
        assertEquals(MilestoneStatus.ACHIEVED, MilestoneStatus.PLANNED.after(MilestoneStatus.Transition.VERIFY));
        assertEquals(MilestoneStatus.PLANNED, MilestoneStatus.PLANNED.after(
                MilestoneStatus.Transition.SUBMIT_EVIDENCE));
        assertEquals(2, refusals(MilestoneStatus.Transition.values(), MilestoneStatus.values(),
                MilestoneStatus::after));

        assertEquals(ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.OPEN.after(
                ServiceRequestStatus.Transition.ACCEPT));
        assertEquals(ServiceRequestStatus.COMPLETED, ServiceRequestStatus.ACCEPTED.after(
                ServiceRequestStatus.Transition.COMPLETE));
        assertEquals(ServiceRequestStatus.DECLINED, ServiceRequestStatus.OPEN.after(
                ServiceRequestStatus.Transition.DECLINE));
        assertEquals(ServiceRequestStatus.DECLINED, ServiceRequestStatus.ACCEPTED.after(
                ServiceRequestStatus.Transition.DECLINE));
        assertEquals(3 * 4 - 4, refusals(ServiceRequestStatus.Transition.values(), ServiceRequestStatus.values(),
                ServiceRequestStatus::after));

        assertEquals(Mentorship.Status.RELEASED, Mentorship.Status.ACTIVE.after(
                Mentorship.Status.Transition.RELEASE));
        assertEquals(Mentorship.Status.ACTIVE, Mentorship.Status.ACTIVE.after(Mentorship.Status.Transition.VERIFY));
        assertEquals(2, refusals(Mentorship.Status.Transition.values(), Mentorship.Status.values(),
                Mentorship.Status::after));

        assertEquals(Allocation.Status.RELEASED, Allocation.Status.ACTIVE.after(
                Allocation.Status.Transition.RELEASE));
        assertEquals(1, refusals(Allocation.Status.Transition.values(), Allocation.Status.values(),
                Allocation.Status::after));

        assertEquals(TrainingRegistration.Status.CANCELLED, TrainingRegistration.Status.REGISTERED.after(
                TrainingRegistration.Status.Transition.CANCEL));
        assertEquals(1, refusals(TrainingRegistration.Status.Transition.values(),
                TrainingRegistration.Status.values(), TrainingRegistration.Status::after));
    }

    /** Tries every step from every status; each one not allowed must be a 409 problem. Returns how many were. */
    private static <S extends Enum<S>, T extends Transition<S>> int refusals(T[] steps, S[] statuses,
            BiFunction<S, T, S> after) {
        int refused = 0;
        for (T step : steps) {
            for (S from : statuses) {
                if (!step.isAllowedFrom(from)) {
                    ApiProblem problem = assertThrows(ApiProblem.class, () -> after.apply(from, step));
                    assertEquals(409, problem.status());
                    refused++;
                }
            }
        }
        return refused;
    }
}

package org.helix.talent.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.security.Caller;
import org.helix.talent.access.Representatives;
import org.helix.talent.appointment.Appointment;
import org.helix.talent.appointment.AppointmentStatus;
import org.helix.talent.appointment.Appointments;
import org.helix.platform.messaging.change.Changes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The host assesses an appointment once per period, while it is ACTIVE or after it COMPLETED. */
@ApplicationScoped
public class Assessments {

    public static final String RESOURCE = "Assessment";

    @Inject
    Appointments appointments;

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Assessment record(UUID appointmentId, AssessmentView.Recording recording) {
        Appointment appointment = OrganisationScope.visible(
                Appointment.<Appointment>findById(appointmentId, LockModeType.PESSIMISTIC_WRITE),
                appointments::maySee, Appointments.RESOURCE, appointmentId);
        if (!representatives.represents(appointment.hostOrganisationId)) {
            throw ApiProblem.forbidden("Only the host organisation's representatives, admin and secretariat "
                    + "assess an appointment");
        }
        appointment.status.after(AppointmentStatus.Transition.ASSESS);
        if (Assessment.count("appointmentId = ?1 and period = ?2", appointmentId, recording.period()) > 0) {
            throw ApiProblem.conflict("already-assessed", "Already assessed",
                    "Appointment " + appointmentId + " was assessed for " + recording.period() + " already");
        }
        int year = Integer.parseInt(recording.period().substring(0, 4));
        if (year < appointment.startDate.getYear() || year > appointment.endDate.getYear()) {
            throw ApiProblem.invalidField("period", "must fall within the appointment's years "
                    + appointment.startDate.getYear() + "–" + appointment.endDate.getYear());
        }
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.appointmentId = appointmentId;
        assessment.profileId = appointment.profileId;
        assessment.period = recording.period();
        assessment.score = recording.score();
        assessment.outcome = recording.outcome();
        assessment.comment = recording.comment() == null ? null : recording.comment().strip();
        assessment.recordedBy = caller.subject();
        assessment.recordedAt = Instant.now(clock);
        assessment.persist();
        changes.record(RESOURCE, assessment.id, "record", null, () -> AssessmentView.of(assessment),
                Changes.Event.of("Profile", assessment.profileId, AssessmentView.Recorded.TYPE,
                        () -> AssessmentView.Recorded.of(assessment)));
        return assessment;
    }

    /** The appointment's assessments, if the caller may see the appointment; else 404. */
    public List<AssessmentView> of(UUID appointmentId) {
        appointments.get(appointmentId);
        return Assessment.<Assessment>list("appointmentId = ?1 order by period, id", appointmentId).stream()
                .map(AssessmentView::of).toList();
    }
}

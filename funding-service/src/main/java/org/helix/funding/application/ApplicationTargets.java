package org.helix.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.helix.funding.appointment.Appointment;
import org.helix.funding.call.TargetKind;
import org.helix.funding.ledger.Ledger;
import org.helix.funding.ledger.LedgerStatus;
import org.helix.funding.organisation.Organisation;
import org.helix.funding.organisation.OrganisationType;
import org.helix.funding.project.Project;
import org.helix.platform.web.problem.ApiProblem;

import java.util.UUID;

/**
 * Whether a target exists, may be funded, and is the applicant's to apply for — from what the other services told
 * this one through their events: a PROJECT admitted in incubation and not discontinued (INCUBATING), applied for by
 * its school; a SCHOOL organisation; an ACTIVE appointment, applied for by its home or host organisation; a signed
 * agreement whose ledger is open, applied for by one of its parties.
 */
@ApplicationScoped
public class ApplicationTargets {

    public void check(TargetKind kind, UUID targetId, UUID applicant) {
        switch (kind) {
            case PROJECT -> {
                Project project = Project.findById(targetId);
                if (project == null || !project.isIncubating()) {
                    throw refused("no project " + targetId + " admitted by incubation and still incubating");
                }
                if (!project.schoolId.equals(applicant)) {
                    throw refused("a project is applied for by its school " + project.schoolId);
                }
            }
            case SCHOOL -> {
                Organisation school = Organisation.findById(targetId);
                if (school == null || school.type != OrganisationType.SCHOOL) {
                    throw refused("no SCHOOL organisation " + targetId);
                }
            }
            case APPOINTMENT -> {
                Appointment appointment = Appointment.findById(targetId);
                if (appointment == null || !appointment.active) {
                    throw refused("no ACTIVE appointment " + targetId);
                }
                if (!applicant.equals(appointment.homeOrganisationId)
                        && !applicant.equals(appointment.hostOrganisationId)) {
                    throw refused("an appointment is applied for by its home or host organisation");
                }
            }
            case AGREEMENT -> {
                Ledger ledger = Ledger.find("agreementId", targetId).firstResult();
                if (ledger == null || ledger.status != LedgerStatus.OPEN) {
                    throw refused("no signed agreement " + targetId + " with an open ledger");
                }
                if (!ledger.partyOrganisationIds().contains(applicant)) {
                    throw refused("an agreement is applied for by one of its parties");
                }
            }
            default -> throw new IllegalStateException("unknown target kind " + kind);
        }
    }

    private static ApiProblem refused(String message) {
        return ApiProblem.invalidField("targetId", message);
    }
}

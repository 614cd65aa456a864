package org.helix.talent.appointment;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.security.Caller;
import org.helix.talent.access.Representatives;
import org.helix.talent.appointment.AppointmentStatus.Transition;
import org.helix.platform.messaging.change.Changes;
import org.helix.talent.organisation.Organisation;
import org.helix.talent.profile.Profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Proposes, approves, edits and ends appointments. Who sees one (DESIGN.md "Who sees what"): the person, the
 * representatives of the home and the host organisation, admin and secretariat; to anyone else it does not exist.
 */
@ApplicationScoped
public class Appointments {

    public static final String RESOURCE = "Appointment";
    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "createdAt", "createdAt",
            "status", "status");

    @Inject
    Representatives representatives;

    @Inject
    OrganisationScope scope;

    @Inject
    Caller caller;

    @Inject
    GreenChannel greenChannel;

    @Inject
    AppointmentLimits limits;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Appointment propose(AppointmentTerms terms) {
        Profile person = person(terms);
        if (!representatives.represents(person.organisationId, terms.hostOrganisationId())) {
            throw ApiProblem.forbidden("Representatives propose appointments their own organisation is home or "
                    + "host of");
        }
        Appointment appointment = new Appointment();
        appointment.id = UUID.randomUUID();
        appointment.status = AppointmentStatus.PROPOSED;
        appointment.profileId = person.id;
        appointment.personSubject = person.personSubject;
        appointment.homeOrganisationId = person.organisationId;
        apply(terms, person, appointment);
        appointment.createdAt = appointment.updatedAt;
        appointment.persist();
        changes.record(RESOURCE, appointment.id, "propose", null, () -> AppointmentView.of(appointment));
        return appointment;
    }

    /** Replaces the terms of a PROPOSED or APPROVED appointment; every approval given so far is cleared. */
    @Transactional
    public Appointment change(UUID id, AppointmentTerms terms) {
        Appointment appointment = lockedForRepresentative(id);
        appointment.status.after(Transition.EDIT);
        if (terms.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (terms.version() != appointment.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (!terms.profileId().equals(appointment.profileId)) {
            throw ApiProblem.invalidField("profileId", "the person of an appointment stays " + appointment.profileId);
        }
        Profile person = person(terms);
        if (!representatives.represents(person.organisationId, terms.hostOrganisationId())) {
            throw ApiProblem.forbidden("Representatives edit only appointments their own organisation stays "
                    + "home or host of");
        }
        AppointmentView before = AppointmentView.of(appointment);
        appointment.status = appointment.status.after(Transition.EDIT);
        appointment.clearApprovals();
        appointment.approvedAt = null;
        apply(terms, person, appointment);
        changes.record(RESOURCE, id, "update", before, () -> AppointmentView.of(appointment));
        return appointment;
    }

    /**
     * The caller approves for its own organisation, the home or the host. When the approvals the appointment needs
     * are there (the host's alone through the green channel), the limits are checked with the person locked and it is
     * APPROVED — ACTIVE at once if its start date has come.
     */
    @Transactional
    public Appointment approve(UUID id) {
        // the person first, then the appointment: every approval takes the locks in this order, so two approvals
        // for one person queue on the person and never deadlock
        limits.lockPersonOf(id);
        Appointment appointment = visible(lock(id), id);
        UUID organisation = representatives.representedOrganisation().orElseThrow(() -> ApiProblem.forbidden(
                "Only a representative of the home or the host organisation approves, for its own organisation"));
        boolean home = organisation.equals(appointment.homeOrganisationId);
        boolean host = organisation.equals(appointment.hostOrganisationId);
        if (!home && !host) {
            throw ApiProblem.forbidden("Your organisation " + organisation + " is neither the home nor the host "
                    + "of this appointment");
        }
        appointment.status.after(Transition.APPROVE);
        if (home ? appointment.homeApproved() : appointment.hostApproved()) {
            throw ApiProblem.conflict("already-approved", "Already approved",
                    "Organisation " + organisation + " approved this appointment already");
        }
        AppointmentView before = AppointmentView.of(appointment);
        Instant now = Instant.now(clock);
        if (home) {
            appointment.homeApprovedAt = now;
            appointment.homeApprovedBy = caller.subject();
        } else {
            appointment.hostApprovedAt = now;
            appointment.hostApprovedBy = caller.subject();
        }
        Profile person = Profile.findById(appointment.profileId);
        decideGreenChannel(appointment, person);
        appointment.updatedAt = now;
        if (!appointment.hasTheApprovalsItNeeds()) {
            changes.record(RESOURCE, id, "approve", before, () -> AppointmentView.of(appointment));
            return appointment;
        }
        limits.check(appointment);
        appointment.status = appointment.status.after(Transition.COMPLETE_APPROVALS);
        appointment.approvedAt = now;
        AppointmentView approved = changes.record(RESOURCE, id, "approve", before,
                () -> AppointmentView.of(appointment));
        if (!appointment.startDate.isAfter(LocalDate.now(clock))) {
            activate(appointment, approved);
        }
        return appointment;
    }

    @Transactional
    public Appointment terminate(UUID id, String reason) {
        Appointment appointment = lockedForRepresentative(id);
        AppointmentStatus previous = appointment.status;
        appointment.status = previous.after(Transition.TERMINATE);
        end(appointment, previous, reason.strip(), "terminate", AppointmentEvent.TERMINATED);
        return appointment;
    }

    /** APPROVED appointments whose start date has come and ACTIVE ones whose end date has passed, for the job. */
    @Transactional
    public List<UUID> due(LocalDate today) {
        return entityManager.createQuery("select a.id from Appointment a where (a.status = :approved and "
                        + "a.startDate <= :today) or (a.status = :active and a.endDate < :today) order by a.id",
                        UUID.class)
                .setParameter("approved", AppointmentStatus.APPROVED)
                .setParameter("active", AppointmentStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
    }

    /** Moves the appointment on by the clock if it is still due when locked. Its own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean moveOnIfDue(UUID id) {
        Appointment appointment = Appointment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = LocalDate.now(clock);
        if (appointment == null) {
            return false;
        }
        if (appointment.status == AppointmentStatus.APPROVED && !appointment.startDate.isAfter(today)) {
            activate(appointment, AppointmentView.of(appointment));
        }
        if (appointment.status == AppointmentStatus.ACTIVE && appointment.endDate.isBefore(today)) {
            AppointmentStatus previous = appointment.status;
            appointment.status = previous.after(Transition.COMPLETE);
            end(appointment, previous, null, "complete", AppointmentEvent.COMPLETED);
            return true;
        }
        return appointment.status == AppointmentStatus.ACTIVE;
    }

    /** The appointment, if the caller may see it; else a 404. */
    public Appointment get(UUID id) {
        return visible(Appointment.findById(id), id);
    }

    /** Whether the caller may see the appointment: the person, a home or host representative, admin, secretariat. */
    public boolean maySee(Appointment appointment) {
        return representatives.represents(appointment.homeOrganisationId, appointment.hostOrganisationId)
                || (appointment.personSubject != null && caller.isAuthenticated()
                        && appointment.personSubject.equals(caller.subject()));
    }

    /** The appointments the caller may see, whatever the filters ask for. */
    public Page<AppointmentView> list(AppointmentStatus status, AppointmentKind kind, UUID profile, UUID organisation,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("status = :status", "status", status)
                .and("kind = :kind", "kind", kind)
                .and("profileId = :profile", "profile", profile)
                .and("(homeOrganisationId = :organisation or hostOrganisationId = :organisation)", "organisation",
                        organisation)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<Appointment> query = criteria.find(
                (where, order, params) -> Appointment.find(where, order, params), sort);
        return Page.of(query, page, AppointmentView::of);
    }

    /** The list scope: everything for admin and secretariat; else the caller's organisation's and their own. */
    public Scope visibleToCaller() {
        if (scope.seesEverything()) {
            return Scope.everything();
        }
        Set<String> conditions = new HashSet<>();
        Map<String, Object> parameters = new HashMap<>();
        representatives.representedOrganisation().ifPresent(org -> {
            conditions.add("homeOrganisationId = :viewerOrganisation or hostOrganisationId = :viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        if (caller.isAuthenticated() && caller.subject() != null) {
            conditions.add("personSubject = :viewerSubject");
            parameters.put("viewerSubject", caller.subject());
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    private void activate(Appointment appointment, AppointmentView before) {
        Instant now = Instant.now(clock);
        appointment.status = appointment.status.after(Transition.ACTIVATE);
        appointment.activatedAt = now;
        appointment.updatedAt = now;
        changes.record(RESOURCE, appointment.id, "activate", before, () -> AppointmentView.of(appointment),
                Changes.Event.of(RESOURCE, appointment.id, AppointmentEvent.ACTIVATED,
                        () -> AppointmentEvent.Activated.of(appointment)));
    }

    private void end(Appointment appointment, AppointmentStatus previous, String reason, String action,
            String eventType) {
        AppointmentView before = AppointmentView.of(appointment);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        LocalDate endedOn = today.isAfter(appointment.endDate) ? appointment.endDate : today;
        appointment.endedAt = now;
        appointment.endReason = reason;
        appointment.updatedAt = now;
        changes.record(RESOURCE, appointment.id, action, before, () -> AppointmentView.of(appointment),
                Changes.Event.of(RESOURCE, appointment.id, eventType,
                        () -> AppointmentEvent.Ended.of(appointment, endedOn, previous)));
    }

    private void decideGreenChannel(Appointment appointment, Profile person) {
        GreenChannel.Decision decision = greenChannel.decide(appointment.kind, person,
                appointment.homeOrganisationId, appointment.hostOrganisationId);
        appointment.greenChannel = decision.open();
        appointment.agreementId = decision.agreementId();
        appointment.greenChannelReason = decision.reason();
    }

    private Appointment lock(UUID id) {
        Appointment appointment = Appointment.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (appointment == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return appointment;
    }

    private Appointment lockedForRepresentative(UUID id) {
        Appointment appointment = visible(lock(id), id);
        if (!representatives.represents(appointment.homeOrganisationId, appointment.hostOrganisationId)) {
            throw ApiProblem.forbidden("Only representatives of the home or the host organisation, admin and "
                    + "secretariat change an appointment");
        }
        return appointment;
    }

    private Appointment visible(Appointment appointment, UUID id) {
        return OrganisationScope.visible(appointment, this::maySee, RESOURCE, id);
    }

    private static Profile person(AppointmentTerms terms) {
        Profile person = Profile.findById(terms.profileId());
        if (person == null) {
            throw ApiProblem.invalidField("profileId", "no profile " + terms.profileId());
        }
        if (person.kind != terms.kind().person) {
            throw ApiProblem.invalidField("profileId", terms.kind() + " is for an " + terms.kind().person
                    + ", not an " + person.kind);
        }
        return person;
    }

    private void apply(AppointmentTerms terms, Profile person, Appointment appointment) {
        Organisation host = Organisation.findById(terms.hostOrganisationId());
        if (host == null) {
            throw ApiProblem.invalidField("hostOrganisationId", "no organisation " + terms.hostOrganisationId()
                    + " is known (yet) to this service");
        }
        if (host.type != terms.kind().host) {
            throw ApiProblem.invalidField("hostOrganisationId", "the host of " + terms.kind() + " is a "
                    + terms.kind().host + ", not " + host.type);
        }
        if (terms.endDate().isBefore(terms.startDate())) {
            throw ApiProblem.invalidField("endDate", "must not be before startDate");
        }
        Set<UUID> payers = new HashSet<>();
        for (AppointmentTerms.Pay pay : terms.payLines()) {
            if (!pay.payerOrganisationId().equals(person.organisationId)
                    && !pay.payerOrganisationId().equals(terms.hostOrganisationId())) {
                throw ApiProblem.invalidField("payLines", "a payer is the home or the host organisation");
            }
            if (!payers.add(pay.payerOrganisationId())) {
                throw ApiProblem.invalidField("payLines", "one line per paying organisation");
            }
        }
        appointment.kind = terms.kind();
        appointment.hostOrganisationId = terms.hostOrganisationId();
        appointment.startDate = terms.startDate();
        appointment.endDate = terms.endDate();
        appointment.hoursPerWeek = terms.hoursPerWeek();
        appointment.activity = terms.activity().strip();
        appointment.payLines.clear();
        for (AppointmentTerms.Pay pay : terms.payLines()) {
            PayLine line = new PayLine();
            line.payerOrganisationId = pay.payerOrganisationId();
            line.amount = pay.amount().setScale(2, java.math.RoundingMode.UNNECESSARY);
            line.currency = pay.currency();
            line.basis = pay.basis();
            appointment.payLines.add(line);
        }
        decideGreenChannel(appointment, person);
        appointment.updatedAt = Instant.now(clock);
    }
}

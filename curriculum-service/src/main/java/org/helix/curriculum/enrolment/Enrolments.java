package org.helix.curriculum.enrolment;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.enrolment.EnrolmentStatus.Transition;
import org.helix.curriculum.offering.Offering;
import org.helix.curriculum.offering.Offerings;
import org.helix.curriculum.offering.Section;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Students choose a section (and so a teacher). Seats and "one section per offering" hold under concurrency: every
 * enrolment in an offering takes the offering's row lock first, so they are decided one after the other; the database
 * backs both rules (a check constraint on the seats, a unique index on the student's ENROLLED row per offering).
 */
@ApplicationScoped
public class Enrolments {

    public static final String RESOURCE = "Enrolment";
    private static final Map<String, String> SORTABLE = Map.of("enrolledAt", "enrolledAt", "status", "status");

    @Inject
    Parties parties;

    @Inject
    Offerings offerings;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Enrolment enrol(UUID sectionId, EnrolmentRequest request) {
        Section section = offerings.section(sectionId);
        String student = student(section, request);
        Offering.findById(section.offeringId, LockModeType.PESSIMISTIC_WRITE);
        Enrolment held = Enrolment.<Enrolment>find("offeringId = ?1 and studentSubject = ?2 and status = ?3",
                section.offeringId, student, EnrolmentStatus.ENROLLED).firstResult();
        if (held != null) {
            throw ApiProblem.conflict("already-enrolled", "Already enrolled", "The student holds section "
                    + held.sectionId + " of this offering already: one section per student per offering");
        }
        // read again under the lock: the row read before waiting for the offering's lock may be stale
        Section locked = section;
        entityManager.refresh(locked, LockModeType.PESSIMISTIC_WRITE);
        if (locked.enrolled >= locked.capacity) {
            throw ApiProblem.conflict("section-full", "Section full", "Section " + locked.label + " is full: "
                    + locked.enrolled + " of " + locked.capacity + " seats taken");
        }
        Instant now = Instant.now(clock);
        locked.enrolled++;
        locked.updatedAt = now;
        Enrolment enrolment = new Enrolment();
        enrolment.id = UUID.randomUUID();
        enrolment.sectionId = locked.id;
        enrolment.offeringId = locked.offeringId;
        enrolment.schoolId = locked.schoolId;
        enrolment.term = locked.term;
        enrolment.studentSubject = student;
        enrolment.status = EnrolmentStatus.ENROLLED;
        enrolment.enrolledAt = now;
        enrolment.updatedAt = now;
        enrolment.persist();
        changes.record(RESOURCE, enrolment.id, "enrol", null, () -> EnrolmentView.of(enrolment),
                Changes.Event.of(Offerings.SECTION, locked.id, EnrolmentEvent.ENROLLED,
                        () -> event(enrolment, locked)));
        return enrolment;
    }

    @Transactional
    public Enrolment withdraw(UUID id) {
        Enrolment enrolment = visible(id);
        if (!parties.represents(enrolment.schoolId) && !isTheStudent(enrolment)) {
            throw ApiProblem.forbidden("Only the student, the school's representatives, admin and secretariat withdraw "
                    + "an enrolment");
        }
        Offering.findById(enrolment.offeringId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        EnrolmentView before = EnrolmentView.of(enrolment);
        enrolment.status = enrolment.status.after(Transition.WITHDRAW);
        Section section = Section.findById(enrolment.sectionId);
        entityManager.refresh(section, LockModeType.PESSIMISTIC_WRITE);
        section.enrolled--;
        Instant now = Instant.now(clock);
        section.updatedAt = now;
        enrolment.endedAt = now;
        enrolment.updatedAt = now;
        Enrolment withdrawn = enrolment;
        changes.record(RESOURCE, id, "withdraw", before, () -> EnrolmentView.of(withdrawn),
                Changes.Event.of(Offerings.SECTION, section.id, EnrolmentEvent.WITHDREW,
                        () -> event(withdrawn, section)));
        return enrolment;
    }

    @Transactional
    public Enrolment complete(UUID id) {
        Enrolment enrolment = visible(id);
        if (!parties.represents(enrolment.schoolId)) {
            throw ApiProblem.forbidden("Only the school's representatives, admin and secretariat complete an enrolment");
        }
        entityManager.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
        EnrolmentView before = EnrolmentView.of(enrolment);
        enrolment.status = enrolment.status.after(Transition.COMPLETE);
        enrolment.endedAt = Instant.now(clock);
        enrolment.updatedAt = enrolment.endedAt;
        Enrolment completed = enrolment;
        changes.record(RESOURCE, id, "complete", before, () -> EnrolmentView.of(completed));
        return enrolment;
    }

    /** The enrolment if the caller may see it: the student, the school's representatives, the section's teacher. */
    public Enrolment visible(UUID id) {
        return OrganisationScope.visible(Enrolment.findById(id), this::maySee, RESOURCE, id);
    }

    public Page<EnrolmentView> list(UUID section, UUID offering, String student, EnrolmentStatus status,
            PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("sectionId = :section", "section", section)
                .and("offeringId = :offering", "offering", offering)
                .and("studentSubject = :student", "student", student)
                .and("status = :status", "status", status)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("enrolledAt")).and("id");
        return Page.of(criteria.find((where, order, params) -> Enrolment.find(where, order, params), sort), page,
                EnrolmentView::of);
    }

    private boolean maySee(Enrolment enrolment) {
        if (parties.represents(enrolment.schoolId) || isTheStudent(enrolment)) {
            return true;
        }
        String subject = parties.subject();
        return subject != null && parties.hasRole(Roles.TEACHER) && subject.equals(
                Section.<Section>findById(enrolment.sectionId).teacherSubject);
    }

    private Scope visibleToCaller() {
        if (parties.seesEverything()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parties.representedOrganisation().ifPresent(org -> {
            conditions.add("schoolId = :viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        String subject = parties.subject();
        if (subject != null) {
            conditions.add("studentSubject = :viewer");
            if (parties.hasRole(Roles.TEACHER)) {
                conditions.add("sectionId in (select s.id from Section s where s.teacherSubject = :viewer)");
            }
            parameters.put("viewer", subject);
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    private boolean isTheStudent(Enrolment enrolment) {
        return enrolment.studentSubject.equals(parties.subject());
    }

    /** The student a request enrols: the caller (a student of the school) or the one a representative names. */
    private String student(Section section, EnrolmentRequest request) {
        String named = request == null ? null : request.studentSubject();
        if (parties.represents(section.schoolId)) {
            if (named == null) {
                throw ApiProblem.invalidField("studentSubject", "name the student you enrol");
            }
            return named;
        }
        if (!parties.hasRole(Roles.STUDENT)) {
            throw ApiProblem.forbidden("Students enrol themselves; the school's representatives enrol its students");
        }
        if (!parties.organisation().map(section.schoolId::equals).orElse(false)) {
            throw ApiProblem.forbidden("Students enrol in sections of their own school");
        }
        if (named != null && !named.equals(parties.subject())) {
            throw ApiProblem.forbidden("A student enrols only themselves");
        }
        return parties.subject();
    }

    private static EnrolmentEvent event(Enrolment enrolment, Section section) {
        return new EnrolmentEvent(enrolment.id, section.id, enrolment.schoolId, enrolment.term,
                section.teacherProfileId, enrolment.studentSubject);
    }
}

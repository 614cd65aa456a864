package org.helix.curriculum.guidance;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.guidance.GuidanceViews.EmploymentRate;
import org.helix.curriculum.guidance.GuidanceViews.EmploymentRecorded;
import org.helix.curriculum.guidance.GuidanceViews.OutcomeView;
import org.helix.curriculum.guidance.GuidanceViews.PlanView;
import org.helix.curriculum.guidance.GuidanceViews.SessionView;
import org.helix.curriculum.organisation.Organisation;
import org.helix.curriculum.programme.Programme;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.security.Roles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Employment guidance and outcomes. Career plans and guidance sessions are private to the student, the school's
 * representatives and the school's teachers (plans) or the counsellor (sessions); outcomes to the student and the
 * school's representatives. Employment rates are aggregates, open to every signed-in caller.
 */
@ApplicationScoped
public class Guidance {

    public static final String PLAN = "CareerPlan";
    public static final String SESSION = "GuidanceSession";
    public static final String OUTCOME = "GraduateOutcome";

    @Inject
    Parties parties;

    @Inject
    Changes changes;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public CareerPlan createPlan(GuidanceRequests.Plan request) {
        if (!parties.hasRole(Roles.STUDENT)) {
            throw ApiProblem.forbidden("A student writes their own career plan");
        }
        UUID school = parties.organisation().orElseThrow(() -> ApiProblem.forbidden("Your token names no school"));
        if (CareerPlan.count("studentSubject", parties.subject()) > 0) {
            throw ApiProblem.conflict("plan-exists", "Plan exists", "You have a career plan already; change it");
        }
        CareerPlan plan = new CareerPlan();
        plan.id = UUID.randomUUID();
        plan.schoolId = school;
        plan.studentSubject = parties.subject();
        apply(request, plan);
        plan.createdAt = plan.updatedAt;
        plan.persist();
        changes.record(PLAN, plan.id, "create", null, () -> PlanView.of(plan));
        return plan;
    }

    @Transactional
    public CareerPlan changePlan(UUID id, GuidanceRequests.Plan request) {
        CareerPlan plan = OrganisationScope.visible(CareerPlan.findById(id, LockModeType.PESSIMISTIC_WRITE),
                this::maySee, PLAN, id);
        if (!plan.studentSubject.equals(parties.subject())) {
            throw ApiProblem.forbidden("Only the student changes their career plan");
        }
        if (request.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (request.version() != plan.version) {
            throw ApiProblem.staleVersion(PLAN, id);
        }
        PlanView before = PlanView.of(plan);
        apply(request, plan);
        changes.record(PLAN, id, "update", before, () -> PlanView.of(plan));
        return plan;
    }

    public CareerPlan plan(UUID id) {
        return OrganisationScope.visible(CareerPlan.findById(id), this::maySee, PLAN, id);
    }

    public Page<PlanView> plans(String student, PageRequest page) {
        Criteria criteria = Criteria.of().and("studentSubject = :student", "student", student)
                .and(scope(true, false));
        Sort sort = page.toSort(Map.of("updatedAt", "updatedAt"), Sort.descending("updatedAt")).and("id");
        return Page.of(criteria.<CareerPlan>find((w, o, p) -> CareerPlan.find(w, o, p), sort), page, PlanView::of);
    }

    @Transactional
    public GuidanceSession record(GuidanceRequests.Session request) {
        if (!parties.hasRole(Roles.TEACHER) && !parties.hasRole(Roles.SCHOOL_ADMIN)) {
            throw ApiProblem.forbidden("Guidance sessions are recorded by the school's teachers and representatives");
        }
        GuidanceSession session = new GuidanceSession();
        session.id = UUID.randomUUID();
        session.schoolId = parties.organisation().orElseThrow(() -> ApiProblem.forbidden("Your token names no school"));
        session.studentSubject = request.studentSubject().strip();
        session.counsellor = parties.subject();
        session.heldOn = request.heldOn();
        session.topic = request.topic().strip();
        session.notes = request.notes() == null ? null : request.notes().strip();
        session.createdAt = Instant.now(clock);
        session.persist();
        changes.record(SESSION, session.id, "record", null, () -> SessionView.of(session));
        return session;
    }

    public Page<SessionView> sessions(String student, PageRequest page) {
        Criteria criteria = Criteria.of().and("studentSubject = :student", "student", student)
                .and(scope(false, true));
        Sort sort = page.toSort(Map.of("heldOn", "heldOn"), Sort.descending("heldOn")).and("id");
        return Page.of(criteria.<GuidanceSession>find((w, o, p) -> GuidanceSession.find(w, o, p), sort), page,
                SessionView::of);
    }

    @Transactional
    public GraduateOutcome recordOutcome(GuidanceRequests.Outcome request) {
        Programme programme = Programme.findById(request.programmeId());
        if (programme == null) {
            throw ApiProblem.invalidField("programmeId", "no programme " + request.programmeId());
        }
        parties.requireRepresentative(programme.schoolId, "record a school's graduates' outcomes");
        boolean employed = request.outcome() == OutcomeKind.EMPLOYED;
        if (employed && request.employerOrganisationId() == null && request.employerName() == null) {
            throw ApiProblem.invalidField("employerOrganisationId", "EMPLOYED names the employer (organisation or "
                    + "name)");
        }
        if (!employed && (request.employerOrganisationId() != null || request.employerName() != null)) {
            throw ApiProblem.invalidField("employerOrganisationId", request.outcome() + " names no employer");
        }
        if (request.employerOrganisationId() != null && Organisation.findById(request.employerOrganisationId())
                == null) {
            throw ApiProblem.invalidField("employerOrganisationId", "no organisation "
                    + request.employerOrganisationId());
        }
        if (GraduateOutcome.count("programmeId = ?1 and studentSubject = ?2", programme.id,
                request.studentSubject().strip()) > 0) {
            throw ApiProblem.conflict("outcome-exists", "Outcome exists", "The graduate's outcome in this programme "
                    + "is recorded already");
        }
        GraduateOutcome outcome = new GraduateOutcome();
        outcome.id = UUID.randomUUID();
        outcome.schoolId = programme.schoolId;
        outcome.programmeId = programme.id;
        outcome.graduationYear = request.graduationYear();
        outcome.studentSubject = request.studentSubject().strip();
        outcome.outcome = request.outcome();
        outcome.employerOrganisationId = request.employerOrganisationId();
        outcome.employerName = request.employerName() == null ? null : request.employerName().strip();
        outcome.recordedAt = Instant.now(clock);
        outcome.persist();
        changes.record(OUTCOME, outcome.id, "record", null, () -> OutcomeView.of(outcome),
                Changes.Event.of("Graduate", outcome.studentSubject, EmploymentRecorded.TYPE,
                        () -> new EmploymentRecorded(outcome.id, outcome.schoolId, outcome.programmeId,
                                outcome.graduationYear, outcome.outcome, outcome.employerOrganisationId)));
        return outcome;
    }

    public Page<OutcomeView> outcomes(UUID school, UUID programme, Integer year, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("schoolId = :school", "school", school)
                .and("programmeId = :programme", "programme", programme)
                .and("graduationYear = :year", "year", year)
                .and(scope(false, false));
        Sort sort = page.toSort(Map.of("recordedAt", "recordedAt"), Sort.descending("recordedAt")).and("id");
        return Page.of(criteria.<GraduateOutcome>find((w, o, p) -> GraduateOutcome.find(w, o, p), sort), page,
                OutcomeView::of);
    }

    /** The employment rate per school, programme and graduation year, as one aggregation over the outcomes. */
    @SuppressWarnings("unchecked")
    public Page<EmploymentRate> rates(UUID school, UUID programme, Integer year, PageRequest page) {
        page.toSort(Map.of(), Sort.by("graduationYear")); // the order is fixed: any sort asked for is a 400
        String filters = (school == null ? "" : " and school_id = :school")
                + (programme == null ? "" : " and programme_id = :programme")
                + (year == null ? "" : " and graduation_year = :year");
        Query query = entityManager.createNativeQuery("select school_id, programme_id, graduation_year, count(*), "
                + "count(*) filter (where outcome = 'EMPLOYED'), count(*) filter (where outcome = 'SELF_EMPLOYED'), "
                + "count(*) filter (where outcome = 'FURTHER_STUDY'), count(*) filter (where outcome = 'SEEKING'), "
                + "count(*) over () from graduate_outcome where 1 = 1" + filters
                + " group by school_id, programme_id, graduation_year"
                + " order by graduation_year desc, school_id, programme_id limit :limit offset :offset");
        if (school != null) {
            query.setParameter("school", school);
        }
        if (programme != null) {
            query.setParameter("programme", programme);
        }
        if (year != null) {
            query.setParameter("year", year);
        }
        List<Object[]> rows = query.setParameter("limit", page.size)
                .setParameter("offset", (long) page.page * page.size).getResultList();
        List<EmploymentRate> rates = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows) {
            long graduates = ((Number) row[3]).longValue();
            long employed = ((Number) row[4]).longValue();
            long selfEmployed = ((Number) row[5]).longValue();
            rates.add(new EmploymentRate((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue(), graduates,
                    employed, selfEmployed, ((Number) row[6]).longValue(), ((Number) row[7]).longValue(),
                    rate(employed + selfEmployed, graduates)));
            total = ((Number) row[8]).longValue();
        }
        return Page.of(rates, page, total);
    }

    /** Percent with one decimal, half up; 0.0 for no graduates. */
    static BigDecimal rate(long employed, long graduates) {
        if (graduates == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(employed * 100L).divide(BigDecimal.valueOf(graduates), 1, RoundingMode.HALF_UP);
    }

    private boolean maySee(CareerPlan plan) {
        return plan.studentSubject.equals(parties.subject()) || parties.represents(plan.schoolId)
                || (parties.hasRole(Roles.TEACHER) && parties.organisation().map(plan.schoolId::equals)
                        .orElse(false));
    }

    /**
     * The list scope: the caller's own records, their school's for its representatives, and the school's plans for
     * its teachers ({@code teachersOfTheSchool}) or the sessions they held ({@code counsellor}).
     */
    private Scope scope(boolean teachersOfTheSchool, boolean counsellor) {
        if (parties.seesEverything()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parties.representedOrganisation().ifPresent(org -> {
            conditions.add("schoolId = :viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        if (teachersOfTheSchool && parties.hasRole(Roles.TEACHER)) {
            parties.organisation().ifPresent(org -> {
                conditions.add("schoolId = :viewerSchool");
                parameters.put("viewerSchool", org);
            });
        }
        if (parties.subject() != null) {
            conditions.add(counsellor ? "studentSubject = :viewer or counsellor = :viewer" : "studentSubject = :viewer");
            parameters.put("viewer", parties.subject());
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    private void apply(GuidanceRequests.Plan request, CareerPlan plan) {
        plan.goals = request.goals().strip();
        plan.targetOccupations = request.targetOccupations().stream().map(String::strip).distinct()
                .toArray(String[]::new);
        plan.updatedAt = Instant.now(clock);
    }
}

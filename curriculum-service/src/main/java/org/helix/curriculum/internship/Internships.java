package org.helix.curriculum.internship;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.internship.InternshipStatus.Transition;
import org.helix.curriculum.organisation.Organisation;
import org.helix.curriculum.organisation.OrganisationType;
import org.helix.curriculum.programme.Programmes;
import org.helix.curriculum.skill.Skill;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Training bases (open to every signed-in caller; kept by the enterprise's representatives, admin, secretariat) and
 * internships (private to the student, the school's and the host's representatives, admin, secretariat). A base never
 * holds more PLANNED and ONGOING internships than its capacity: planning one locks the base's row first.
 */
@ApplicationScoped
public class Internships {

    public static final String RESOURCE = "Internship";
    public static final String BASE = "TrainingBase";
    private static final Map<String, String> SORTABLE = Map.of("startDate", "startDate", "createdAt", "createdAt",
            "status", "status");

    @Inject
    Parties parties;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public TrainingBase createBase(InternshipRequests.Base request) {
        parties.requireRepresentative(request.enterpriseId(), "create an enterprise's training bases");
        requireEnterprise(request.enterpriseId(), "enterpriseId");
        if (request.schoolId() != null) {
            Programmes.requireSchool(request.schoolId(), "schoolId");
        }
        TrainingBase base = new TrainingBase();
        base.id = UUID.randomUUID();
        base.enterpriseId = request.enterpriseId();
        apply(request, base);
        base.createdAt = base.updatedAt;
        base.persist();
        changes.record(BASE, base.id, "create", null, () -> BaseView.of(base, 0));
        return base;
    }

    @Transactional
    public TrainingBase changeBase(UUID id, InternshipRequests.Base request) {
        TrainingBase base = TrainingBase.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (base == null) {
            throw ApiProblem.notFound(BASE, id);
        }
        parties.requireRepresentative(base.enterpriseId, "change an enterprise's training bases");
        if (request.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (request.version() != base.version) {
            throw ApiProblem.staleVersion(BASE, id);
        }
        if (!request.enterpriseId().equals(base.enterpriseId)) {
            throw ApiProblem.invalidField("enterpriseId", "stays " + base.enterpriseId);
        }
        long taken = placesTaken(id);
        if (request.capacity() < taken) {
            throw ApiProblem.invalidField("capacity", taken + " places are taken; capacity must not be lower");
        }
        if (request.schoolId() != null) {
            Programmes.requireSchool(request.schoolId(), "schoolId");
        }
        BaseView before = BaseView.of(base, taken);
        apply(request, base);
        changes.record(BASE, id, "update", before, () -> BaseView.of(base, taken));
        return base;
    }

    public BaseView base(UUID id) {
        TrainingBase base = TrainingBase.findById(id);
        if (base == null) {
            throw ApiProblem.notFound(BASE, id);
        }
        return BaseView.of(base, placesTaken(id));
    }

    public Page<BaseView> bases(UUID enterprise, UUID school, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("enterpriseId = :enterprise", "enterprise", enterprise)
                .and("schoolId = :school", "school", school);
        Sort sort = page.toSort(Map.of("name", "name", "createdAt", "createdAt"), Sort.ascending("name")).and("id");
        Page<TrainingBase> found = Page.of(criteria.<TrainingBase>find((where, order, params) -> TrainingBase.find(
                where, order, params), sort), page, b -> b);
        Map<UUID, Long> taken = placesTaken(found.items().stream().map(b -> b.id).toList());
        return Page.of(found.items().stream().map(b -> BaseView.of(b, taken.getOrDefault(b.id, 0L))).toList(), page,
                found.total());
    }

    @Transactional
    public Internship plan(InternshipRequests.Plan request) {
        parties.requireRepresentative(request.schoolId(), "plan the internships of a school's students");
        Programmes.requireSchool(request.schoolId(), "schoolId");
        if (request.endDate().isBefore(request.startDate())) {
            throw ApiProblem.invalidField("endDate", "must not be before startDate");
        }
        UUID host = request.hostEnterpriseId();
        if (request.baseId() != null) {
            TrainingBase base = TrainingBase.findById(request.baseId(), LockModeType.PESSIMISTIC_WRITE);
            if (base == null) {
                throw ApiProblem.invalidField("baseId", "no training base " + request.baseId());
            }
            if (host != null && !host.equals(base.enterpriseId)) {
                throw ApiProblem.invalidField("hostEnterpriseId", "the base is at " + base.enterpriseId);
            }
            host = base.enterpriseId;
            long taken = placesTaken(base.id);
            if (taken >= base.capacity) {
                throw ApiProblem.conflict("base-full", "Training base full", "Base " + base.name + " holds "
                        + taken + " of " + base.capacity + " interns");
            }
        } else if (host == null) {
            throw ApiProblem.invalidField("hostEnterpriseId", "name the host enterprise or a training base");
        } else {
            requireEnterprise(host, "hostEnterpriseId");
        }
        Internship internship = new Internship();
        internship.id = UUID.randomUUID();
        internship.baseId = request.baseId();
        internship.hostEnterpriseId = host;
        internship.schoolId = request.schoolId();
        internship.studentSubject = request.studentSubject().strip();
        internship.supervisor = request.supervisor().strip();
        internship.plannedHours = request.plannedHours();
        internship.startDate = request.startDate();
        internship.endDate = request.endDate();
        internship.status = InternshipStatus.PLANNED;
        internship.createdAt = Instant.now(clock);
        internship.updatedAt = internship.createdAt;
        internship.persist();
        changes.record(RESOURCE, internship.id, "plan", null, () -> InternshipView.of(internship));
        return internship;
    }

    @Transactional
    public Internship start(UUID id) {
        Internship internship = lockedForParty(id);
        InternshipView before = InternshipView.of(internship);
        internship.status = internship.status.after(Transition.START);
        return moved(internship, before, "start");
    }

    @Transactional
    public Internship complete(UUID id, InternshipRequests.Completion completion) {
        Internship internship = lockedForParty(id);
        if (!parties.represents(internship.hostEnterpriseId)) {
            throw ApiProblem.forbidden("The host enterprise evaluates and completes an internship");
        }
        InternshipView before = InternshipView.of(internship);
        internship.status = internship.status.after(Transition.COMPLETE);
        internship.hoursCompleted = completion.hoursCompleted();
        internship.evaluationScore = completion.evaluationScore();
        internship.evaluation = completion.evaluation().strip();
        return moved(internship, before, "complete");
    }

    @Transactional
    public Internship abandon(UUID id, String reason) {
        Internship internship = lockedForParty(id);
        InternshipView before = InternshipView.of(internship);
        internship.status = internship.status.after(Transition.ABANDON);
        internship.endReason = reason.strip();
        return moved(internship, before, "abandon");
    }

    public Internship get(UUID id) {
        return OrganisationScope.visible(Internship.findById(id), this::maySee, RESOURCE, id);
    }

    public Page<InternshipView> list(UUID school, UUID host, UUID base, InternshipStatus status, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("schoolId = :school", "school", school)
                .and("hostEnterpriseId = :host", "host", host)
                .and("baseId = :base", "base", base)
                .and("status = :status", "status", status)
                .and(visibleToCaller());
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        return Page.of(criteria.<Internship>find((where, order, params) -> Internship.find(where, order, params),
                sort), page, InternshipView::of);
    }

    private Internship moved(Internship internship, InternshipView before, String action) {
        internship.updatedAt = Instant.now(clock);
        changes.record(RESOURCE, internship.id, action, before, () -> InternshipView.of(internship));
        return internship;
    }

    private boolean maySee(Internship internship) {
        return parties.represents(internship.schoolId) || parties.represents(internship.hostEnterpriseId)
                || internship.studentSubject.equals(parties.subject());
    }

    private Scope visibleToCaller() {
        if (parties.seesEverything()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        parties.representedOrganisation().ifPresent(org -> {
            conditions.add("schoolId = :viewerOrganisation or hostEnterpriseId = :viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        if (parties.subject() != null) {
            conditions.add("studentSubject = :viewer");
            parameters.put("viewer", parties.subject());
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }

    /** Locked; visible to the caller (else 404); changed only by the school's or the host's representatives. */
    private Internship lockedForParty(UUID id) {
        Internship internship = OrganisationScope.visible(Internship.findById(id, LockModeType.PESSIMISTIC_WRITE),
                this::maySee, RESOURCE, id);
        if (!parties.represents(internship.schoolId) && !parties.represents(internship.hostEnterpriseId)) {
            throw ApiProblem.forbidden("The school's and the host's representatives move an internship on");
        }
        return internship;
    }

    private static long placesTaken(UUID base) {
        return Internship.count("baseId = ?1 and status in ?2", base, InternshipStatus.HOLDING_A_PLACE);
    }

    private static Map<UUID, Long> placesTaken(List<UUID> bases) {
        Map<UUID, Long> taken = new HashMap<>();
        if (!bases.isEmpty()) {
            Internship.getEntityManager().createQuery("select i.baseId, count(i) from Internship i where i.baseId in "
                            + ":bases and i.status in :holding group by i.baseId", Object[].class)
                    .setParameter("bases", bases).setParameter("holding", InternshipStatus.HOLDING_A_PLACE)
                    .getResultList().forEach(row -> taken.put((UUID) row[0], (Long) row[1]));
        }
        return taken;
    }

    private static void requireEnterprise(UUID id, String field) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null || organisation.type != OrganisationType.ENTERPRISE) {
            throw ApiProblem.invalidField(field, "must be a known ENTERPRISE");
        }
    }

    private void apply(InternshipRequests.Base request, TrainingBase base) {
        LinkedHashSet<UUID> skills = new LinkedHashSet<>(request.skillIds());
        if (!skills.isEmpty() && Skill.count("id in ?1", skills) != skills.size()) {
            throw ApiProblem.invalidField("skillIds", "every skill must be one of the vocabulary's");
        }
        base.schoolId = request.schoolId();
        base.name = request.name().strip();
        base.capacity = request.capacity();
        base.trains = request.trains().strip();
        base.skillIds = skills.toArray(UUID[]::new);
        base.updatedAt = Instant.now(clock);
    }
}

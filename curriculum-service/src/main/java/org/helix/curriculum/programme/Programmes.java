package org.helix.curriculum.programme;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.curriculum.access.Parties;
import org.helix.curriculum.organisation.Organisation;
import org.helix.curriculum.organisation.OrganisationType;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Programmes of schools: part of the open catalogue; kept by the school's representatives, admin, secretariat. */
@ApplicationScoped
public class Programmes {

    public static final String RESOURCE = "Programme";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "industry", "industry",
            "createdAt", "createdAt");

    @Inject
    Parties parties;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Programme create(ProgrammeDetails details) {
        parties.requireRepresentative(details.schoolId(), "create a school's programmes");
        requireSchool(details.schoolId(), "schoolId");
        unique(details, null);
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.schoolId = details.schoolId();
        apply(details, programme);
        programme.createdAt = programme.updatedAt;
        programme.persist();
        changes.record(RESOURCE, programme.id, "create", null, () -> ProgrammeView.of(programme));
        return programme;
    }

    @Transactional
    public Programme change(UUID id, ProgrammeDetails details) {
        Programme programme = Programme.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (programme == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        parties.requireRepresentative(programme.schoolId, "change a school's programmes");
        if (details.version() == null) {
            throw ApiProblem.invalidField("version", "send the version you read");
        }
        if (details.version() != programme.version) {
            throw ApiProblem.staleVersion(RESOURCE, id);
        }
        if (!details.schoolId().equals(programme.schoolId)) {
            throw ApiProblem.invalidField("schoolId", "stays " + programme.schoolId);
        }
        unique(details, id);
        ProgrammeView before = ProgrammeView.of(programme);
        apply(details, programme);
        changes.record(RESOURCE, id, "update", before, () -> ProgrammeView.of(programme));
        return programme;
    }

    public Programme get(UUID id) {
        Programme programme = Programme.findById(id);
        if (programme == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return programme;
    }

    public Page<ProgrammeView> list(UUID school, String industry, ProgrammeLevel level, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("schoolId = :school", "school", school)
                .and("lower(industry) = lower(:industry)", "industry", industry)
                .and("level = :level", "level", level);
        Sort sort = page.toSort(SORTABLE, Sort.ascending("name")).and("id");
        return Page.of(criteria.find((where, order, params) -> Programme.find(where, order, params), sort), page,
                ProgrammeView::of);
    }

    /** The organisation, which must be a SCHOOL known to this service; else 422 naming {@code field}. */
    public static Organisation requireSchool(UUID id, String field) {
        Organisation school = Organisation.findById(id);
        if (school == null) {
            throw ApiProblem.invalidField(field, "no organisation " + id + " is known (yet) to this service");
        }
        if (school.type != OrganisationType.SCHOOL) {
            throw ApiProblem.invalidField(field, "organisation " + id + " is a " + school.type + ", not a SCHOOL");
        }
        return school;
    }

    private static void unique(ProgrammeDetails details, UUID self) {
        Programme same = Programme.<Programme>find("schoolId = ?1 and lower(name) = lower(?2)", details.schoolId(),
                details.name().strip()).firstResult();
        if (same != null && !same.id.equals(self)) {
            throw ApiProblem.conflict("programme-exists", "Programme exists", "The school has a programme named "
                    + same.name + " already: " + same.id);
        }
    }

    private void apply(ProgrammeDetails details, Programme programme) {
        programme.name = details.name().strip();
        programme.industry = details.industry().strip();
        programme.level = details.level();
        programme.description = details.description() == null ? null : details.description().strip();
        programme.updatedAt = Instant.now(clock);
    }
}

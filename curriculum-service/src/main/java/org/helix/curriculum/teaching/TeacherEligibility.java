package org.helix.curriculum.teaching;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.Criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who may teach a section of a school (issue 12, item 5): a TEACHER profile of that school, or an EXPERT with an
 * ACTIVE part-time teaching appointment hosted by that school. Anyone else, or an expert whose appointment ended, is
 * refused with a 422 naming the field.
 */
@ApplicationScoped
public class TeacherEligibility {

    public TeacherProfile require(UUID profileId, UUID schoolId, String field) {
        TeacherProfile profile = TeacherProfile.findById(profileId);
        if (profile == null) {
            throw ApiProblem.invalidField(field, "no talent profile " + profileId + " is known (yet) to this service");
        }
        if (TeacherProfile.TEACHER.equals(profile.kind)) {
            if (!profile.organisationId.equals(schoolId)) {
                throw ApiProblem.invalidField(field, "teacher " + profileId + " is not a teacher of school "
                        + schoolId);
            }
            return profile;
        }
        long active = TeachingAppointment.count("profileId = ?1 and hostOrganisationId = ?2 and active = true",
                profileId, schoolId);
        if (active == 0) {
            throw ApiProblem.invalidField(field, "expert " + profileId + " has no ACTIVE part-time teaching "
                    + "appointment at school " + schoolId);
        }
        return profile;
    }

    public TeacherView view(UUID id) {
        TeacherProfile profile = TeacherProfile.findById(id);
        if (profile == null) {
            throw ApiProblem.notFound("Teacher", id);
        }
        return view(profile);
    }

    public Page<TeacherView> eligibleAt(UUID school, PageRequest page) {
        Criteria criteria = Criteria.of()
                .and("((kind = 'TEACHER' and organisationId = :school) or (kind = 'EXPERT' and id in (select "
                        + "a.profileId from TeachingAppointment a where a.active = true and a.hostOrganisationId = "
                        + ":school)))", "school", school);
        Sort sort = page.toSort(Map.of("displayName", "displayName"), Sort.ascending("displayName")).and("id");
        return Page.of(criteria.<TeacherProfile>find((where, order, params) -> TeacherProfile.find(where, order,
                params), sort), page, this::view);
    }

    private TeacherView view(TeacherProfile profile) {
        List<UUID> schools = new ArrayList<>();
        if (TeacherProfile.TEACHER.equals(profile.kind)) {
            schools.add(profile.organisationId);
        } else {
            TeachingAppointment.<TeachingAppointment>find("profileId = ?1 and active = true order by "
                    + "hostOrganisationId", profile.id).stream().map(a -> a.hostOrganisationId).distinct()
                    .forEach(schools::add);
        }
        return new TeacherView(profile.id, profile.kind, profile.organisationId, profile.displayName, schools);
    }
}

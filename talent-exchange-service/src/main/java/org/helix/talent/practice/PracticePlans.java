package org.helix.talent.practice;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.talent.access.Representatives;
import org.helix.talent.appointment.Appointment;
import org.helix.talent.appointment.AppointmentKind;
import org.helix.talent.appointment.AppointmentStatus;
import org.helix.platform.messaging.change.Changes;
import org.helix.talent.organisation.Organisation;
import org.helix.talent.organisation.OrganisationType;
import org.helix.talent.personfile.HoursWorked;
import org.helix.talent.profile.Profile;
import org.helix.talent.profile.ProfileKind;
import org.helix.talent.profile.Profiles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Teachers' yearly enterprise-practice plans, computed from their practice appointments against the school's target
 * ({@code helix.talent.practice.default-target-hours}, 160, unless the school set its own).
 */
@ApplicationScoped
public class PracticePlans {

    public static final String RESOURCE = "PracticeTarget";

    @Inject
    Representatives representatives;

    @Inject
    Profiles profiles;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @ConfigProperty(name = "helix.talent.practice.default-target-hours", defaultValue = "160")
    int defaultTargetHours;

    public PracticePlan.Target target(UUID schoolId) {
        school(schoolId);
        SchoolPracticeTarget own = SchoolPracticeTarget.findById(schoolId);
        return own == null ? new PracticePlan.Target(schoolId, defaultTargetHours, true, null)
                : new PracticePlan.Target(schoolId, own.targetHours, false, own.version);
    }

    @Transactional
    public PracticePlan.Target setTarget(UUID schoolId, PracticePlan.TargetChange change) {
        school(schoolId);
        if (!representatives.represents(schoolId)) {
            throw ApiProblem.forbidden("Only the school's representatives, admin and secretariat set its target");
        }
        SchoolPracticeTarget target = SchoolPracticeTarget.findById(schoolId, LockModeType.PESSIMISTIC_WRITE);
        PracticePlan.Target before = null;
        if (target == null) {
            target = new SchoolPracticeTarget();
            target.schoolId = schoolId;
        } else {
            if (change.version() == null) {
                throw ApiProblem.invalidField("version", "send the version you read");
            }
            if (change.version() != target.version) {
                throw ApiProblem.staleVersion(RESOURCE, schoolId);
            }
            before = new PracticePlan.Target(schoolId, target.targetHours, false, target.version);
        }
        target.targetHours = change.targetHours();
        target.updatedAt = Instant.now(clock);
        target.persist();
        SchoolPracticeTarget saved = target;
        return changes.record(RESOURCE, schoolId, "set", before,
                () -> new PracticePlan.Target(schoolId, saved.targetHours, false, saved.version),
                Changes.Event.of(RESOURCE, schoolId, PracticeTargetSet.TYPE, () -> PracticeTargetSet.of(saved)));
    }

    /** A teacher's plan: the person, their school's representatives, admin and secretariat; anyone else 404. */
    public PracticePlan of(UUID profileId, int year) {
        Profile teacher = OrganisationScope.visible(Profile.<Profile>findById(profileId),
                found -> representatives.represents(found.organisationId) || profiles.isThePerson(found),
                "PracticePlan", profileId);
        if (teacher.kind != ProfileKind.TEACHER) {
            throw ApiProblem.invalidField("id", "practice plans are for teachers; " + profileId + " is an "
                    + teacher.kind);
        }
        int target = target(teacher.organisationId).targetHours();
        return plans(List.of(teacher), year, target).get(0);
    }

    /** The school's teachers' plans, paged by name (the school's representatives, admin and secretariat). */
    public Page<PracticePlan> ofSchool(UUID schoolId, int year, PageRequest page) {
        if (!representatives.represents(schoolId)) {
            throw ApiProblem.notFound("PracticePlans of school", schoolId);
        }
        int target = target(schoolId).targetHours();
        PanacheQuery<Profile> teachers = Profile.find("organisationId = ?1 and kind = ?2",
                page.toSort(Map.of("displayName", "displayName"), Sort.ascending("displayName")).and("id"),
                schoolId, ProfileKind.TEACHER).page(page.page, page.size);
        return Page.of(plans(teachers.list(), year, target), page, teachers.count());
    }

    private List<PracticePlan> plans(List<Profile> teachers, int year, int target) {
        Map<UUID, int[]> hours = new HashMap<>();
        if (!teachers.isEmpty()) {
            List<Appointment> practices = Appointment.list("kind = ?1 and profileId in ?2 and status in ?3 "
                            + "and startDate <= ?4 and endDate >= ?5", AppointmentKind.ENTERPRISE_PRACTICE,
                    teachers.stream().map(t -> t.id).toList(), List.of(AppointmentStatus.COMPLETED,
                            AppointmentStatus.APPROVED, AppointmentStatus.ACTIVE),
                    LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
            for (Appointment practice : practices) {
                int inYear = HoursWorked.inYear(year, practice.startDate, practice.endDate, practice.endDate,
                        practice.hoursPerWeek);
                int[] counts = hours.computeIfAbsent(practice.profileId, id -> new int[2]);
                counts[practice.status == AppointmentStatus.COMPLETED ? 0 : 1] += inYear;
            }
        }
        return teachers.stream().map(t -> {
            int[] counts = hours.getOrDefault(t.id, new int[2]);
            return PracticePlan.of(t.id, t.displayName, t.organisationId, year, target, counts[0], counts[1]);
        }).toList();
    }

    private static void school(UUID schoolId) {
        Organisation school = Organisation.findById(schoolId);
        if (school == null || school.type != OrganisationType.SCHOOL) {
            throw ApiProblem.notFound("School", schoolId);
        }
    }
}

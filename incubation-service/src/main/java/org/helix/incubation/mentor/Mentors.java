package org.helix.incubation.mentor;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.config.IncubationRules;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Assigns mentors from the talent pool to incubating projects and releases them. Who may mentor a project: a TEACHER
 * of its school, or an EXPERT with an ACTIVE part-time teaching appointment (talent's events; once it is completed or
 * terminated, no new assignment). A mentor has at most {@code helix.incubation.mentors.max-active-mentees} (5) active
 * mentees: the database holds the count in {@code mentor_load} and raises it only with a conditional update
 * ({@code ... where active_mentees < cap}), which PostgreSQL runs one at a time per mentor, so parallel assignments
 * never pass the cap.
 */
@ApplicationScoped
public class Mentors {

    public static final String RESOURCE = "Mentorship";

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    Changes changes;

    @Inject
    IncubationRules rules;

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Transactional
    public Mentorship assign(UUID projectId, UUID profileId) {
        Project project = projects.lock(projectId);
        requireSchoolSide(project, "assign");
        project.status.after(ProjectStatus.Transition.INCUBATE);
        Object[] person = person(profileId);
        String kind = (String) person[0];
        if ("TEACHER".equals(kind)) {
            if (!project.schoolId.equals(person[1])) {
                throw ApiProblem.invalidField("profileId", "a teacher mentors projects of their own school");
            }
        } else if (!hasActiveTeaching(profileId)) {
            throw ApiProblem.invalidField("profileId", "this expert has no ACTIVE part-time teaching appointment; "
                    + "only such experts are assigned as mentors");
        }
        if (Mentorship.count("projectId = ?1 and profileId = ?2 and status = ?3", projectId, profileId,
                Mentorship.Status.ACTIVE) > 0) {
            throw ApiProblem.conflict("already-assigned", "Already assigned", "Profile " + profileId
                    + " already mentors project " + projectId);
        }
        takeMenteeSlot(profileId);
        Mentorship mentorship = new Mentorship();
        mentorship.id = UUID.randomUUID();
        mentorship.projectId = projectId;
        mentorship.profileId = profileId;
        mentorship.mentorSubject = (String) person[2];
        mentorship.mentorName = (String) person[3];
        mentorship.status = Mentorship.Status.ACTIVE;
        Instant now = Instant.now(clock);
        mentorship.assignedAt = now;
        mentorship.persist();
        changes.record(RESOURCE, mentorship.id, "assign", null, () -> MentorView.of(mentorship),
                Changes.Event.of(Projects.RESOURCE, projectId, MentorEvent.ASSIGNED,
                        () -> MentorEvent.of(mentorship, now)));
        return mentorship;
    }

    @Transactional
    public Mentorship release(UUID projectId, UUID mentorshipId) {
        Project project = projects.lock(projectId);
        requireSchoolSide(project, "release");
        Mentorship mentorship = Mentorship.findById(mentorshipId, LockModeType.PESSIMISTIC_WRITE);
        if (mentorship == null || !mentorship.projectId.equals(projectId)) {
            throw ApiProblem.notFound(RESOURCE, mentorshipId);
        }
        release(mentorship);
        return mentorship;
    }

    /** Releases every active mentor of a project that graduated or was discontinued (in its transaction). */
    public void releaseAllOf(Project project) {
        Mentorship.<Mentorship>list("projectId = ?1 and status = ?2", Sort.ascending("id"), project.id,
                Mentorship.Status.ACTIVE).forEach(this::release);
    }

    public List<MentorView> of(UUID projectId) {
        projects.get(projectId);
        return Mentorship.<Mentorship>list("projectId", Sort.descending("assignedAt").and("id"), projectId)
                .stream().map(MentorView::of).toList();
    }

    /** The caller's active mentorship of the project, if the caller is one of its mentors. */
    public java.util.Optional<Mentorship> activeMentorshipOfCaller(UUID projectId) {
        String subject = access.subject();
        if (subject == null) {
            return java.util.Optional.empty();
        }
        return Mentorship.<Mentorship>find("projectId = ?1 and mentorSubject = ?2 and status = ?3", projectId,
                subject, Mentorship.Status.ACTIVE).firstResultOptional();
    }

    private void release(Mentorship mentorship) {
        MentorView before = MentorView.of(mentorship);
        mentorship.status = mentorship.status.after(Mentorship.Status.Transition.RELEASE);
        Instant now = Instant.now(clock);
        mentorship.releasedAt = now;
        entityManager.createNativeQuery("update mentor_load set active_mentees = active_mentees - 1 "
                + "where profile_id = :profile").setParameter("profile", mentorship.profileId).executeUpdate();
        changes.record(RESOURCE, mentorship.id, "release", before, () -> MentorView.of(mentorship),
                Changes.Event.of(Projects.RESOURCE, mentorship.projectId, MentorEvent.RELEASED,
                        () -> MentorEvent.of(mentorship, now)));
    }

    private void takeMenteeSlot(UUID profileId) {
        entityManager.createNativeQuery("insert into mentor_load (profile_id, active_mentees) values (:profile, 0) "
                + "on conflict (profile_id) do nothing").setParameter("profile", profileId).executeUpdate();
        int cap = rules.mentors().maxActiveMentees();
        int taken = entityManager.createNativeQuery("update mentor_load set active_mentees = active_mentees + 1 "
                        + "where profile_id = :profile and active_mentees < :cap")
                .setParameter("profile", profileId).setParameter("cap", cap).executeUpdate();
        if (taken == 0) {
            throw ApiProblem.conflict("mentor-at-capacity", "Mentor at capacity", "Profile " + profileId
                    + " already mentors " + cap + " active projects; at most " + cap + " are allowed");
        }
    }

    /** kind, organisation, subject, name of a talent profile known to this service; else 422. */
    private Object[] person(UUID profileId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select kind, organisation_id, person_subject, "
                + "display_name from talent_profile where id = :id").setParameter("id", profileId).getResultList();
        if (rows.isEmpty()) {
            throw ApiProblem.invalidField("profileId", "no talent profile " + profileId + " is known (yet) to this "
                    + "service");
        }
        return rows.get(0);
    }

    private boolean hasActiveTeaching(UUID profileId) {
        Number count = (Number) entityManager.createNativeQuery("select count(*) from teaching_appointment "
                        + "where profile_id = :profile and status = 'ACTIVE' and (end_date is null or end_date >= :today)")
                .setParameter("profile", profileId).setParameter("today", LocalDate.now(clock)).getSingleResult();
        return count.longValue() > 0;
    }

    private void requireSchoolSide(Project project, String action) {
        if (!access.represents(project.schoolId)) {
            throw ApiProblem.forbidden("Only the school's representatives, admin and secretariat " + action
                    + " mentors");
        }
    }
}

package org.helix.incubation.panel;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.config.IncubationRules;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.incubation.project.Review;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A project's screening panel (DESIGN.md "Who sees what": projects are the team's, the school's, the mentors'; while
 * SCREENING also the reviewers'). The school's representatives, secretariat or admin seat experts (any EXPERT profile)
 * and teachers of the project's school (TEACHER profiles of that school) from talent's profiles, each by the
 * Keycloak subject on the profile, up to {@code helix.incubation.screening.max-panel-size} (5). Only panel members
 * see the project while it is SCREENING and only they review it. A seat is taken while the project is SUBMITTED or
 * SCREENING and given up only by a reviewer who has not reviewed yet. The project row is locked for every change,
 * so parallel seatings never pass the size.
 */
@ApplicationScoped
public class ScreeningPanel {

    public static final String RESOURCE = "PanelMember";

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
    public PanelView seat(UUID projectId, UUID profileId) {
        Project project = projects.lock(projectId);
        requireSchoolSide(project, "seat");
        project.status.after(ProjectStatus.Transition.SEAT_PANEL);
        Object[] person = person(profileId);
        PanelMember.Kind kind = PanelMember.Kind.valueOf((String) person[0]);
        String subject = (String) person[2];
        if (kind == PanelMember.Kind.TEACHER && !project.schoolId.equals(person[1])) {
            throw ApiProblem.invalidField("profileId", "a teacher reviews projects of their own school");
        }
        if (subject == null) {
            throw ApiProblem.invalidField("profileId", "profile " + profileId + " has no sign-in subject; a reviewer "
                    + "signs in to review");
        }
        if (project.hasOnTeam(subject)) {
            throw ApiProblem.invalidField("profileId", "a team member does not review their own project");
        }
        if (PanelMember.seats(projectId, subject)) {
            throw ApiProblem.conflict("already-on-panel", "Already on the panel", "The person of profile "
                    + profileId + " sits on the panel of project " + projectId + " already");
        }
        int size = rules.screening().maxPanelSize();
        if (PanelMember.count("projectId", projectId) >= size) {
            throw ApiProblem.conflict("panel-full", "Panel full", "The screening panel of project " + projectId
                    + " has " + size + " reviewers; at most " + size + " are allowed");
        }
        PanelMember member = new PanelMember();
        member.id = UUID.randomUUID();
        member.projectId = projectId;
        member.profileId = profileId;
        member.reviewerSubject = subject;
        member.reviewerName = (String) person[3];
        member.kind = kind;
        member.assignedBy = access.subject();
        member.assignedAt = Instant.now(clock);
        member.persist();
        changes.record(RESOURCE, member.id, "seat", null, () -> PanelView.of(member, false));
        return PanelView.of(member, false);
    }

    /** Gives up a seat whose reviewer has not reviewed (a review stays with its panel: 409). */
    @Transactional
    public void unseat(UUID projectId, UUID memberId) {
        Project project = projects.lock(projectId);
        requireSchoolSide(project, "unseat");
        PanelMember member = PanelMember.findById(memberId);
        if (member == null || !member.projectId.equals(projectId)) {
            throw ApiProblem.notFound(RESOURCE, memberId);
        }
        project.status.after(ProjectStatus.Transition.SEAT_PANEL);
        if (reviewed(projectId, member.reviewerSubject)) {
            throw ApiProblem.conflict("reviewed-already", "Reviewed already", "The reviewer of seat " + memberId
                    + " has reviewed project " + projectId + "; the seat stays");
        }
        PanelView before = PanelView.of(member, false);
        member.delete();
        changes.record(RESOURCE, memberId, "unseat", before, () -> null);
    }

    public List<PanelView> of(UUID projectId) {
        projects.get(projectId);
        Set<String> reviewers = Review.<Review>list("projectId", projectId).stream().map(r -> r.reviewerSubject)
                .collect(Collectors.toSet());
        return PanelMember.<PanelMember>list("projectId", Sort.ascending("assignedAt").and("id"), projectId).stream()
                .map(m -> PanelView.of(m, reviewers.contains(m.reviewerSubject))).toList();
    }

    private static boolean reviewed(UUID projectId, String subject) {
        return Review.count("projectId = ?1 and reviewerSubject = ?2", projectId, subject) > 0;
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

    private void requireSchoolSide(Project project, String action) {
        if (!access.represents(project.schoolId)) {
            throw ApiProblem.forbidden("Only the school's representatives, admin and secretariat " + action
                    + " the screening panel");
        }
    }
}

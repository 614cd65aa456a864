package org.helix.incubation.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.incubation.mentor.Mentorship;
import org.helix.incubation.panel.PanelMember;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who sees a project (DESIGN.md "Who sees what"): the team, the school's representatives, its assigned mentors, admin
 * and secretariat; funders once it was admitted; and, while it is SCREENING, its screening panel (the experts and
 * teachers seated on it, who review it). To anyone else it does not exist (404, never in a list).
 */
@ApplicationScoped
public class ProjectAccess {

    @Inject
    Caller caller;

    @Inject
    OrganisationScope scope;

    public boolean seesEverything() {
        return scope.seesEverything();
    }

    /** The caller's organisation if the caller represents it (a representative role and an {@code org} claim). */
    public Optional<UUID> representedOrganisation() {
        return caller.representedOrganisation();
    }

    /** admin, secretariat or a representative of {@code organisation}. */
    public boolean represents(UUID organisation) {
        return seesEverything() || representedOrganisation().map(organisation::equals).orElse(false);
    }

    public String subject() {
        return caller.isAuthenticated() ? caller.subject() : null;
    }

    public boolean isOnTeam(Project project) {
        return project.hasOnTeam(subject());
    }

    public boolean isMentorOf(Project project) {
        return subject() != null && Mentorship.count("projectId = ?1 and mentorSubject = ?2 and status = ?3",
                project.id, subject(), Mentorship.Status.ACTIVE) > 0;
    }

    public boolean isOnPanelOf(Project project) {
        return PanelMember.seats(project.id, subject());
    }

    /** Whether the caller may see the project at all. */
    public boolean maySee(Project project) {
        return represents(project.schoolId) || isOnTeam(project)
                || (caller.hasRole(Roles.FUNDER) && ProjectStatus.ADMITTED.contains(project.status))
                || (project.status == ProjectStatus.SCREENING && isOnPanelOf(project))
                || isMentorOf(project);
    }

    /** The team, the school's representatives, admin, secretariat: who acts for the project. */
    public boolean actsFor(Project project) {
        return represents(project.schoolId) || isOnTeam(project);
    }

    /** The list scope (JPQL on {@link Project}): the same rule as {@link #maySee}. */
    public Scope visibleProjects() {
        return visibleProjects("");
    }

    /**
     * The same scope with every property of {@link Project} qualified by {@code alias} (e.g. {@code "p."}), for a
     * subquery {@code select p.id from Project p where ...} in a list of something that belongs to projects.
     */
    public Scope visibleProjects(String alias) {
        if (seesEverything()) {
            return Scope.everything();
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        representedOrganisation().ifPresent(org -> {
            conditions.add(alias + "schoolId = :viewerOrganisation");
            parameters.put("viewerOrganisation", org);
        });
        if (subject() != null) {
            conditions.add(alias + "teamLeadSubject = :viewer or :viewer member of " + alias + "members or " + alias
                    + "id in (select m.projectId from Mentorship m where m.mentorSubject = :viewer and m.status = :activeMentorship)");
            conditions.add("(" + alias + "status = :screeningStatus and " + alias + "id in (select s.projectId from "
                    + "PanelMember s where s.reviewerSubject = :viewer))");
            parameters.put("viewer", subject());
            parameters.put("activeMentorship", Mentorship.Status.ACTIVE);
            parameters.put("screeningStatus", ProjectStatus.SCREENING);
        }
        if (caller.hasRole(Roles.FUNDER)) {
            conditions.add(alias + "status in :admittedStatuses");
            parameters.put("admittedStatuses", ProjectStatus.ADMITTED);
        }
        return conditions.isEmpty() ? Scope.nothing() : new Scope(String.join(" or ", conditions), parameters);
    }
}

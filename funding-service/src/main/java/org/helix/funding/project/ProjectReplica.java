package org.helix.funding.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.helix.funding.award.TrancheCancellation;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps the {@link Project} replica from incubation's project events. A discontinued project's pending tranches are
 * cancelled and their money returns to the calls, in the same transaction as the inbox record.
 */
@ApplicationScoped
public class ProjectReplica implements EventHandler {

    static final String PREFIX = "helix.incubation.";
    static final Map<String, ProjectStatus> STATUS_OF = Map.of(
            PREFIX + "ProjectSubmitted", ProjectStatus.SUBMITTED,
            PREFIX + "ProjectAdmitted", ProjectStatus.INCUBATING,
            PREFIX + "ProjectDeclined", ProjectStatus.DECLINED,
            PREFIX + "ProjectGraduated", ProjectStatus.GRADUATED,
            PREFIX + "ProjectDiscontinued", ProjectStatus.DISCONTINUED);

    /** This service's view of incubation's project data; fields it does not read are ignored. */
    record Data(UUID projectId, String title, UUID schoolId, String teamLeadSubject, String reason) {

        static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            return new Data(data.requiredUuid("projectId"), data.requiredText("title"),
                    data.requiredUuid("schoolId"), data.requiredText("teamLeadSubject"),
                    data.optionalText("reason"));
        }
    }

    @Inject
    TrancheCancellation cancellation;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return STATUS_OF.keySet();
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        ProjectStatus status = STATUS_OF.get(event.type());
        Project project = Project.findById(data.projectId(), LockModeType.PESSIMISTIC_WRITE);
        boolean known = project != null;
        if (known && status.stage < project.status.stage) {
            return;
        }
        if (!known) {
            project = new Project();
            project.id = data.projectId();
        }
        project.title = data.title();
        project.schoolId = data.schoolId();
        project.teamLeadSubject = data.teamLeadSubject();
        project.status = status;
        project.updatedAt = Instant.now(clock);
        if (!known) {
            project.persist();
        }
        if (status == ProjectStatus.DISCONTINUED) {
            String reason = data.reason() == null ? "the project was discontinued"
                    : "the project was discontinued: " + data.reason();
            cancellation.cancelPendingTranchesOf(project.id, reason.length() > 2000 ? reason.substring(0, 2000)
                    : reason);
        }
    }
}

package org.helix.curriculum.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.util.Set;
import java.util.UUID;

/**
 * Flow 2: governance's ResolutionAdopted of kind CURRICULUM_REVISION opens a DRAFT revision of the school's catalogue,
 * linked to the resolution (a MODIFY of the course the resolution names by code or title, else an ADD). Resolutions
 * of other kinds are no concern of the curriculum.
 */
@ApplicationScoped
public class ResolutionsAdopted implements EventHandler {

    public static final String ADOPTED = "helix.governance.ResolutionAdopted";
    static final String CURRICULUM_REVISION = "CURRICULUM_REVISION";

    /** This service's view of governance's ResolutionAdopted; fields it does not read are ignored. */
    public record Data(UUID resolutionId, String kind, UUID schoolId, String courseOrProgramme) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            String kind = data.requiredText("kind");
            if (!CURRICULUM_REVISION.equals(kind)) {
                return new Data(data.requiredUuid("resolutionId"), kind, null, null);
            }
            return new Data(data.requiredUuid("resolutionId"), kind, data.requiredUuid("schoolId"),
                    data.requiredText("courseOrProgramme"));
        }
    }

    @Inject
    Revisions revisions;

    @Override
    public Set<String> types() {
        return Set.of(ADOPTED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        if (CURRICULUM_REVISION.equals(data.kind())) {
            revisions.openForResolution(data.resolutionId(), data.schoolId(), data.courseOrProgramme());
        }
    }
}

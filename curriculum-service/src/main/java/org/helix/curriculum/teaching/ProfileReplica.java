package org.helix.curriculum.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.messaging.replica.ReplicaUpsert;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

/** Keeps {@link TeacherProfile} from talent's ProfileRegistered/Updated, never going back to an older version. */
@ApplicationScoped
public class ProfileReplica implements EventHandler {

    public static final String REGISTERED = "helix.talent.ProfileRegistered";
    public static final String UPDATED = "helix.talent.ProfileUpdated";

    /** This service's view of talent's profile data; fields it does not read are ignored. */
    public record Data(UUID profileId, String kind, UUID organisationId, String personSubject, String displayName,
            long version) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            String kind = data.requiredText("kind");
            if (!TeacherProfile.TEACHER.equals(kind) && !TeacherProfile.EXPERT.equals(kind)) {
                throw data.poison("kind is neither TEACHER nor EXPERT");
            }
            return new Data(data.requiredUuid("profileId"), kind, data.requiredUuid("organisationId"),
                    data.optionalText("personSubject"), data.requiredText("displayName"),
                    data.requiredNonNegativeLong("version"));
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(REGISTERED, UPDATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        ReplicaUpsert.into("teacher_profile").key("id", data.profileId())
                .set("kind", data.kind()).set("organisation_id", data.organisationId())
                .set("person_subject", data.personSubject()).set("display_name", data.displayName())
                .set("updated_at", clock.instant())
                .version("source_version", data.version())
                .apply(entityManager);
    }
}

package org.helix.incubation.organisation;

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

/** Keeps the {@link Organisation} replica from governance's events, never going back to an older version. */
@ApplicationScoped
public class OrganisationReplica implements EventHandler {

    static final String REGISTERED = "helix.governance.OrganisationRegistered";
    static final String UPDATED = "helix.governance.OrganisationUpdated";

    /** This service's view of governance's organisation data; fields it does not read are ignored. */
    record Data(UUID organisationId, String name, OrganisationType type, String region, String contactEmail,
            String website, long version) {

        static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            return new Data(data.requiredUuid("organisationId"), data.requiredText("name"),
                    data.requiredEnum("type", OrganisationType.class), data.optionalText("region"),
                    data.optionalText("contactEmail"), data.optionalText("website"),
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
        ReplicaUpsert.into("organisation").key("id", data.organisationId())
                .set("name", data.name()).set("type", data.type().name()).set("region", data.region())
                .set("contact_email", data.contactEmail()).set("website", data.website())
                .set("updated_at", clock.instant())
                .version("source_version", data.version())
                .apply(entityManager);
    }
}

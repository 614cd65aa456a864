package org.helix.funding.organisation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.helix.platform.messaging.inbox.Inbox;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the organisation replica from governance's events. Each event is applied once (the inbox records its id in
 * the same transaction); what cannot be read is thrown back to the channel, which moves it to the dead-letter topic
 * and goes on.
 */
@ApplicationScoped
public class GovernanceEventsConsumer {

    private static final Logger LOG = Logger.getLogger(GovernanceEventsConsumer.class);

    @Inject
    Inbox inbox;

    @Inject
    Clock clock;

    @Incoming("governance-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        inbox.process(record, this::apply);
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case OrganisationEvent.REGISTERED, OrganisationEvent.UPDATED -> replicate(OrganisationEvent.of(event));
            // governance publishes more than this service needs; those events are recorded and have no effect
            default -> LOG.debugf("Event %s of type %s is not for this service; ignored", event.id(), event.type());
        }
    }

    private void replicate(OrganisationEvent data) {
        if (!Organisation.replicate(data, Instant.now(clock))) {
            LOG.debugf("Organisation %s version %d is not newer than the replica; ignored", data.organisationId(),
                    data.version());
        }
    }
}

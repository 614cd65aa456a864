package org.helix.platform.messaging.consumer;

import org.helix.platform.messaging.inbox.IncomingEvent;

import java.util.Set;

/**
 * Applies the events of some types to this service's state. Declare one as an {@code @ApplicationScoped} bean and
 * the {@link EventDispatcher} finds it; it runs inside the inbox's transaction, once per event id.
 */
public interface EventHandler {

    /** The full CloudEvent types this handler applies, e.g. {@code helix.governance.OrganisationRegistered}. */
    Set<String> types();

    /**
     * Applies the event. Data that can never be applied (a required field missing or malformed) is poison: throw a
     * {@link org.helix.platform.messaging.inbox.PoisonEventException} ({@link org.helix.platform.messaging.inbox.EventData}
     * does so). Anything else thrown is taken as transient and retried.
     */
    void handle(IncomingEvent event);
}

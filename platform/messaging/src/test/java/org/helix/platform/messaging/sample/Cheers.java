package org.helix.platform.messaging.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.outbox.Outbox;
import org.helix.platform.web.audit.AuditTrail;

import java.util.Map;
import java.util.UUID;

/** A sample change other services care about: audited and published, whether a request or an event caused it. */
@ApplicationScoped
public class Cheers {

    static final String RAISED = "CheerRaised";

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Transactional
    public void raise(UUID venueId, String chant) {
        Map<String, Object> cheer = Map.of("venueId", venueId, "chant", chant);
        audit.record("Cheer", venueId, "RAISED", null, cheer);
        outbox.record("Cheer", venueId, RAISED, cheer);
    }
}

package org.helix.platform.messaging.consumer;

import org.helix.platform.messaging.inbox.IncomingEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventHandlersTest {

    private record Handler(Set<String> types) implements EventHandler {
        @Override
        public void handle(IncomingEvent event) {
        }
    }

    private final Handler organisations = new Handler(Set.of("helix.governance.OrganisationRegistered",
            "helix.governance.OrganisationUpdated"));
    private final Handler agreements = new Handler(Set.of("helix.governance.AgreementSigned"));

    @Test
    void eachTypeGoesToTheHandlerThatDeclaresIt() {
        EventHandlers handlers = new EventHandlers(List.of(organisations, agreements));
        assertEquals(organisations, handlers.forType("helix.governance.OrganisationUpdated").orElseThrow());
        assertEquals(agreements, handlers.forType("helix.governance.AgreementSigned").orElseThrow());
    }

    @Test
    void aTypeNoHandlerDeclaresHasNone() {
        EventHandlers handlers = new EventHandlers(List.of(organisations));
        assertTrue(handlers.forType("helix.governance.MeetingClosed").isEmpty());
        assertTrue(handlers.forType("helix.talent.OrganisationRegistered").isEmpty(), "types are matched in full");
    }

    @Test
    void twoHandlersForOneTypeAreRefusedAtStart() {
        Handler another = new Handler(Set.of("helix.governance.OrganisationUpdated"));
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new EventHandlers(List.of(organisations, another)));
        assertTrue(refused.getMessage().contains("helix.governance.OrganisationUpdated"), refused.getMessage());
    }
}

package org.helix.funding.call;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Governance's ResolutionAdopted of kind FUNDING_RECOMMENDATION becomes a note on exactly the calls it names in
 * {@code callIds}. An id this service has no call for is ignored and logged (governance cannot check funding's ids);
 * an event without {@code callIds} (written before the field existed) names no call.
 */
@ApplicationScoped
public class FundingRecommendations implements EventHandler {

    static final String ADOPTED = "helix.governance.ResolutionAdopted";
    static final String FUNDING_RECOMMENDATION = "FUNDING_RECOMMENDATION";
    /** Governance's bound (its schema's maxItems): more is not what governance sends, so the event is poison. */
    static final int MAX_CALL_IDS = 20;
    private static final Logger LOG = Logger.getLogger(FundingRecommendations.class);

    /** This service's view of governance's ResolutionAdopted; fields it does not read are ignored. */
    record Data(UUID resolutionId, String kind, UUID committeeId, String title, Instant adoptedAt,
            List<UUID> callIds) {

        boolean recommendsFunding() {
            return FUNDING_RECOMMENDATION.equals(kind);
        }

        static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            String kind = data.requiredText("kind");
            UUID resolution = data.requiredUuid("resolutionId");
            if (!FUNDING_RECOMMENDATION.equals(kind)) {
                return new Data(resolution, kind, null, null, null, List.of());
            }
            return new Data(resolution, kind, data.requiredUuid("committeeId"), data.requiredText("title"),
                    data.requiredInstant("adoptedAt"), callIds(data, event.data().get("callIds")));
        }

        private static List<UUID> callIds(EventData data, JsonNode value) {
            if (value == null || value.isNull()) {
                return List.of();
            }
            JsonNode ids = data.requiredArray("callIds");
            if (ids.size() > MAX_CALL_IDS) {
                throw data.poison("callIds names " + ids.size() + " calls, more than " + MAX_CALL_IDS);
            }
            Set<UUID> named = new LinkedHashSet<>();
            for (JsonNode id : ids) {
                try {
                    named.add(UUID.fromString(id.isTextual() ? id.asText() : ""));
                } catch (IllegalArgumentException e) {
                    throw data.poison("callIds holds " + id + ", not a UUID");
                }
            }
            return new ArrayList<>(named);
        }
    }

    @Inject
    Changes changes;

    @Override
    public Set<String> types() {
        return Set.of(ADOPTED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        if (!data.recommendsFunding()) {
            return;
        }
        for (UUID callId : data.callIds()) {
            FundingCall call = FundingCall.findById(callId);
            if (call == null) {
                LOG.warnf("Resolution %s recommends call %s, which this service does not know: ignored",
                        data.resolutionId(), callId);
                continue;
            }
            CallRecommendation.Key key = new CallRecommendation.Key(callId, data.resolutionId());
            if (CallRecommendation.findById(key) != null) {
                continue;
            }
            CallView before = Calls.view(call);
            CallRecommendation note = new CallRecommendation();
            note.key = key;
            note.committeeId = data.committeeId();
            note.title = data.title();
            note.adoptedAt = data.adoptedAt();
            note.persist();
            changes.record(Calls.RESOURCE, callId, "recommend", before, () -> Calls.view(call));
        }
    }
}

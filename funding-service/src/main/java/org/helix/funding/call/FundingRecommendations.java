package org.helix.funding.call;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Governance's ResolutionAdopted of kind FUNDING_RECOMMENDATION becomes a note on every call it names: governance's
 * resolution carries no call field, so a call is named by its id anywhere in the resolution's title or text.
 */
@ApplicationScoped
public class FundingRecommendations implements EventHandler {

    static final String ADOPTED = "helix.governance.ResolutionAdopted";
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Inject
    Changes changes;

    @Override
    public Set<String> types() {
        return Set.of(ADOPTED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        if (!"FUNDING_RECOMMENDATION".equals(data.requiredText("kind"))) {
            return;
        }
        UUID resolution = data.requiredUuid("resolutionId");
        UUID committee = data.requiredUuid("committeeId");
        String title = data.requiredText("title");
        Instant adoptedAt;
        try {
            adoptedAt = Instant.parse(data.requiredText("adoptedAt"));
        } catch (DateTimeParseException e) {
            throw data.poison("adoptedAt is not an instant");
        }
        Set<UUID> named = new LinkedHashSet<>();
        Matcher matcher = UUID_TEXT.matcher(title + " " + data.requiredText("text"));
        while (matcher.find()) {
            named.add(UUID.fromString(matcher.group()));
        }
        for (UUID callId : named) {
            FundingCall call = FundingCall.findById(callId);
            CallRecommendation.Key key = new CallRecommendation.Key(callId, resolution);
            if (call == null || CallRecommendation.findById(key) != null) {
                continue;
            }
            CallView before = Calls.view(call);
            CallRecommendation note = new CallRecommendation();
            note.key = key;
            note.committeeId = committee;
            note.title = title;
            note.adoptedAt = adoptedAt;
            note.persist();
            changes.record(Calls.RESOURCE, callId, "recommend", before, () -> Calls.view(call));
        }
    }
}

package org.helix.talent.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the {@code cooperation_agreement} replica from governance's AgreementActivated and AgreementTerminated: which
 * agreements are in force between which organisations (the green channel). Governance publishes them in order per
 * agreement; termination is final, so a late or repeated activation never revives a terminated agreement.
 */
@ApplicationScoped
public class AgreementReplica implements EventHandler {

    public static final String ACTIVATED = "helix.governance.AgreementActivated";
    public static final String TERMINATED = "helix.governance.AgreementTerminated";

    /** This service's view of governance's agreement events; fields it does not read are ignored. */
    public record Data(UUID agreementId, String kind, List<UUID> partyOrganisationIds, String reason) {

        public static Data of(IncomingEvent event) {
            EventData data = EventData.of(event);
            JsonNode parties = event.data().get("partyOrganisationIds");
            if (parties == null || !parties.isArray() || parties.isEmpty()) {
                throw data.poison("partyOrganisationIds is missing or empty");
            }
            List<UUID> ids = new ArrayList<>();
            for (JsonNode party : parties) {
                try {
                    ids.add(UUID.fromString(party.asText()));
                } catch (IllegalArgumentException e) {
                    throw data.poison("partyOrganisationIds holds a value that is not a UUID: " + party);
                }
            }
            String kind = data.requiredText("kind");
            if (kind.length() > 40) {
                throw data.poison("kind is longer than 40 characters");
            }
            return new Data(data.requiredUuid("agreementId"), kind, List.copyOf(ids), data.optionalText("reason"));
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(ACTIVATED, TERMINATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        Data data = Data.of(event);
        boolean activated = ACTIVATED.equals(event.type());
        String conflict = activated
                ? "update set kind = excluded.kind, party_organisation_ids = excluded.party_organisation_ids, "
                        + "updated_at = excluded.updated_at where cooperation_agreement.status <> 'TERMINATED'"
                : "update set status = 'TERMINATED', termination_reason = excluded.termination_reason, "
                        + "party_organisation_ids = excluded.party_organisation_ids, updated_at = excluded.updated_at";
        entityManager.createNativeQuery("insert into cooperation_agreement (id, kind, status, party_organisation_ids, "
                        + "termination_reason, updated_at) values (:id, :kind, :status, cast(:parties as uuid[]), "
                        + ":reason, :now) on conflict (id) do " + conflict)
                .setParameter("id", data.agreementId())
                .setParameter("kind", data.kind())
                .setParameter("status", activated ? "ACTIVE" : "TERMINATED")
                .setParameter("parties", data.partyOrganisationIds().stream().map(UUID::toString)
                        .collect(Collectors.joining(",", "{", "}")))
                .setParameter("reason", data.reason())
                .setParameter("now", Timestamp.from(clock.instant()))
                .executeUpdate();
    }
}

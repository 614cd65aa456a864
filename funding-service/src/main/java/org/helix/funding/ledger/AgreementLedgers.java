package org.helix.funding.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.funding.config.FundingRules;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Governance's agreements drive the ledgers: AgreementSigned opens one with the parties' risk and benefit shares
 * (each kind must sum to exactly 100, else the event is poison); AgreementTerminated settles and closes it.
 */
@ApplicationScoped
public class AgreementLedgers implements EventHandler {

    static final String SIGNED = "helix.governance.AgreementSigned";
    static final String TERMINATED = "helix.governance.AgreementTerminated";
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    @Inject
    Ledgers ledgers;

    @Inject
    FundingRules rules;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(SIGNED, TERMINATED);
    }

    @Override
    public void handle(IncomingEvent event) {
        EventData data = EventData.of(event);
        UUID agreementId = data.requiredUuid("agreementId");
        if (TERMINATED.equals(event.type())) {
            ledgers.settle(agreementId, data.requiredText("reason"));
            return;
        }
        if (Ledger.count("agreementId", agreementId) > 0) {
            return;
        }
        Ledger ledger = new Ledger();
        ledger.id = UUID.randomUUID();
        ledger.agreementId = agreementId;
        ledger.title = data.requiredText("title");
        ledger.agreementKind = data.requiredText("kind");
        ledger.currency = rules.ledger().currency();
        ledger.status = LedgerStatus.OPEN;
        ledger.openedAt = Instant.now(clock);
        JsonNode parties = event.data().get("parties");
        if (parties == null || !parties.isArray() || parties.size() < 2) {
            throw data.poison("parties must list at least two parties");
        }
        Set<UUID> seen = new HashSet<>();
        BigDecimal risk = BigDecimal.ZERO;
        BigDecimal benefit = BigDecimal.ZERO;
        for (JsonNode node : parties) {
            LedgerParty party = new LedgerParty();
            party.organisationId = uuid(data, node, "organisationId");
            if (!seen.add(party.organisationId)) {
                throw data.poison("party " + party.organisationId + " is listed twice");
            }
            party.riskShare = share(data, node, "riskShare");
            party.benefitShare = share(data, node, "benefitShare");
            party.pledged = node.path("contribution").asText("");
            JsonNode amount = node.get("contributionAmount");
            party.pledgedAmount = amount == null || amount.isNull() ? null : money(data, amount);
            risk = risk.add(party.riskShare);
            benefit = benefit.add(party.benefitShare);
            ledger.parties.add(party);
        }
        if (risk.compareTo(HUNDRED) != 0 || benefit.compareTo(HUNDRED) != 0) {
            throw data.poison("risk shares sum to " + risk + " and benefit shares to " + benefit + ", not 100");
        }
        ledgers.open(ledger);
    }

    private static UUID uuid(EventData data, JsonNode node, String field) {
        try {
            return UUID.fromString(node.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw data.poison("parties[]." + field + " is not a UUID");
        }
    }

    private static BigDecimal share(EventData data, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw data.poison("parties[]." + field + " is missing or not a number");
        }
        try {
            BigDecimal share = value.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
            if (share.signum() < 0 || share.compareTo(HUNDRED) > 0) {
                throw data.poison("parties[]." + field + " is not between 0 and 100");
            }
            return share;
        } catch (ArithmeticException e) {
            throw data.poison("parties[]." + field + " has more than two decimals");
        }
    }

    private static BigDecimal money(EventData data, JsonNode value) {
        try {
            BigDecimal amount = value.decimalValue().setScale(2, RoundingMode.UNNECESSARY);
            if (amount.signum() < 0 || amount.precision() > 15) {
                throw data.poison("parties[].contributionAmount is out of range");
            }
            return amount;
        } catch (ArithmeticException e) {
            throw data.poison("parties[].contributionAmount has more than two decimals");
        }
    }
}

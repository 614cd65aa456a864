package org.helix.governance.dashboard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.helix.platform.messaging.inbox.EventData;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Funding's events: calls with their budgets, and the tranches of awards as they are committed and released. */
@ApplicationScoped
public class FundingFacts extends DashboardHandler {

    @Override
    protected String service() {
        return "funding";
    }

    @Override
    protected Set<String> shortTypes() {
        return Set.of("CallOpened", "CallClosed", "AwardGranted", "TrancheReleased", "TrancheCancelled",
                "LedgerOpened", "LedgerEntryPosted", "LedgerSettled");
    }

    @Override
    protected void apply(String type, EventData data, Instant asOf) {
        switch (type) {
            case "CallOpened" -> call(data, asOf, "OPEN").apply(entityManager);
            case "CallClosed" -> call(data, asOf, "CLOSED").apply(entityManager);
            case "AwardGranted" -> awardGranted(data, asOf);
            case "TrancheReleased" -> tranche(data, asOf, "RELEASED").state("released_at", asOf).apply(entityManager);
            case "TrancheCancelled" -> tranche(data, asOf, "CANCELLED").state("cancelled_at", asOf)
                    .apply(entityManager);
            default -> {
                // counted only
            }
        }
    }

    private static LatestState call(EventData data, Instant asOf, String status) {
        return LatestState.of("dashboard_call")
                .key("call_id", data.requiredUuid("callId"))
                .describe("funder_organisation_id", data.requiredUuid("funderOrganisationId"))
                .describe("funder_type", data.optionalText("funderType"))
                .describe("money_kind", data.optionalText("moneyKind"))
                .describe("budget", data.requiredDecimal("budget"))
                .describe("currency", data.requiredText("currency"))
                .describe("opens_on", data.optionalDate("opensOn"))
                .describe("closes_on", data.optionalDate("closesOn"))
                .state("status", status)
                .asOf(asOf);
    }

    /** Each tranche is committed money until it is released or cancelled (those events may already be here). */
    private void awardGranted(EventData data, Instant asOf) {
        UUID awardId = data.requiredUuid("awardId");
        UUID callId = data.requiredUuid("callId");
        UUID funder = data.requiredUuid("funderOrganisationId");
        String currency = data.requiredText("currency");
        JsonNode tranches = data.requiredArray("tranches");
        for (JsonNode tranche : tranches) {
            EventData item = data.element(tranche);
            LatestState.of("dashboard_tranche")
                    .key("tranche_id", item.requiredUuid("trancheId"))
                    .describe("award_id", awardId)
                    .describe("call_id", callId)
                    .describe("funder_organisation_id", funder)
                    .describe("amount", item.requiredDecimal("amount"))
                    .describe("currency", currency)
                    .describe("granted_at", asOf)
                    .state("status", "PENDING")
                    .asOf(asOf)
                    .apply(entityManager);
        }
    }

    private static LatestState tranche(EventData data, Instant asOf, String status) {
        return LatestState.of("dashboard_tranche")
                .key("tranche_id", data.requiredUuid("trancheId"))
                .describe("award_id", data.requiredUuid("awardId"))
                .describe("call_id", data.requiredUuid("callId"))
                .describe("amount", data.requiredDecimal("amount"))
                .describe("currency", data.requiredText("currency"))
                .state("status", status)
                .asOf(asOf);
    }
}

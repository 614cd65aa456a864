package org.helix.incubation.funding;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.incubation.milestone.Milestone;
import org.helix.incubation.milestone.Milestones;
import org.helix.incubation.project.Project;
import org.helix.platform.messaging.consumer.EventHandler;
import org.helix.platform.messaging.inbox.EventData;
import org.helix.platform.messaging.inbox.IncomingEvent;
import org.helix.platform.web.audit.AuditTrail;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Funding as it happens, from funding's events: AwardGranted to one of this service's projects records the award and
 * creates one milestone per tranche, linked to it; TrancheReleased and TrancheCancelled update the tranche in the
 * project's funding view. Awards to other kinds of target (schools, appointments, agreements) are not incubation's.
 */
@ApplicationScoped
public class AwardsAndTranches implements EventHandler {

    static final String AWARD_GRANTED = "helix.funding.AwardGranted";
    static final String TRANCHE_RELEASED = "helix.funding.TrancheReleased";
    static final String TRANCHE_CANCELLED = "helix.funding.TrancheCancelled";
    private static final Pattern MONEY = Pattern.compile("[0-9]{1,13}\\.[0-9]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    /** This service's view of AwardGranted. */
    record Granted(UUID awardId, UUID callId, UUID funderOrganisationId, String targetKind, UUID targetId,
            BigDecimal amount, String currency, Instant grantedAt, List<TrancheData> tranches) {

        static Granted of(IncomingEvent event) {
            EventData data = EventData.of(event);
            JsonNode items = event.data().get("tranches");
            if (items == null || !items.isArray() || items.isEmpty()) {
                throw data.poison("tranches is missing or empty");
            }
            List<TrancheData> tranches = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.isObject()) {
                    throw data.poison("a tranche is not an object");
                }
                tranches.add(TrancheData.of(data, item));
            }
            String currency = data.requiredText("currency");
            if (!CURRENCY.matcher(currency).matches()) {
                throw data.poison("currency is not an ISO 4217 code: " + currency);
            }
            return new Granted(data.requiredUuid("awardId"), data.requiredUuid("callId"),
                    data.requiredUuid("funderOrganisationId"), data.requiredText("targetKind"),
                    data.requiredUuid("targetId"), money(data, data.requiredText("amount"), "amount"), currency,
                    instant(data, data.requiredText("grantedAt"), "grantedAt"), tranches);
        }
    }

    record TrancheData(UUID trancheId, int sequence, BigDecimal amount, String milestoneTitle, LocalDate dueDate) {

        static TrancheData of(EventData data, JsonNode item) {
            String id = text(data, item, "trancheId");
            UUID trancheId;
            try {
                trancheId = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw data.poison("trancheId is not a UUID: " + id);
            }
            JsonNode sequence = item.get("sequence");
            if (sequence == null || !sequence.isInt() || sequence.asInt() < 1) {
                throw data.poison("a tranche's sequence is missing or not a positive integer");
            }
            String title = text(data, item, "milestoneTitle");
            if (title.length() > 200) {
                throw data.poison("a tranche's milestoneTitle is longer than 200 characters");
            }
            String due = text(data, item, "dueDate");
            LocalDate dueDate;
            try {
                dueDate = LocalDate.parse(due);
            } catch (DateTimeParseException e) {
                throw data.poison("a tranche's dueDate is not a date: " + due);
            }
            return new TrancheData(trancheId, sequence.asInt(), money(data, text(data, item, "amount"),
                    "tranche amount"), title, dueDate);
        }
    }

    /** This service's view of TrancheReleased / TrancheCancelled. */
    record TrancheChange(UUID trancheId, UUID awardId, String reason) {

        static TrancheChange of(IncomingEvent event) {
            EventData data = EventData.of(event);
            return new TrancheChange(data.requiredUuid("trancheId"), data.requiredUuid("awardId"),
                    data.optionalText("reason"));
        }
    }

    @Inject
    Milestones milestones;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public Set<String> types() {
        return Set.of(AWARD_GRANTED, TRANCHE_RELEASED, TRANCHE_CANCELLED);
    }

    @Override
    public void handle(IncomingEvent event) {
        switch (event.type()) {
            case AWARD_GRANTED -> granted(Granted.of(event));
            case TRANCHE_RELEASED -> changed(TrancheChange.of(event), Tranche.Status.RELEASED, "release");
            default -> changed(TrancheChange.of(event), Tranche.Status.CANCELLED, "cancel");
        }
    }

    private void granted(Granted granted) {
        if (!"PROJECT".equals(granted.targetKind()) || Award.findById(granted.awardId()) != null) {
            return;
        }
        Project project = Project.findById(granted.targetId());
        if (project == null) {
            Log.warnf("Award %s names project %s, which this service does not know: not recorded",
                    granted.awardId(), granted.targetId());
            return;
        }
        Award award = new Award();
        award.id = granted.awardId();
        award.projectId = project.id;
        award.callId = granted.callId();
        award.funderOrganisationId = granted.funderOrganisationId();
        award.amount = granted.amount();
        award.currency = granted.currency();
        award.grantedAt = granted.grantedAt();
        award.persist();
        for (TrancheData data : granted.tranches()) {
            Milestone milestone = milestones.forTranche(project.id, data.milestoneTitle(), data.dueDate(), award.id,
                    data.trancheId());
            Tranche tranche = new Tranche();
            tranche.id = data.trancheId();
            tranche.awardId = award.id;
            tranche.sequence = data.sequence();
            tranche.amount = data.amount();
            tranche.currency = granted.currency();
            tranche.milestoneId = milestone.id;
            tranche.status = Tranche.Status.PENDING;
            tranche.persist();
        }
        audit.record("Award", award.id, "grant", null, Fundings.viewOf(award));
    }

    private void changed(TrancheChange change, Tranche.Status status, String action) {
        Tranche tranche = Tranche.findById(change.trancheId());
        if (tranche == null || tranche.status != Tranche.Status.PENDING) {
            return; // not an award to one of our projects, or already decided
        }
        FundingView.TrancheView before = FundingView.TrancheView.of(tranche);
        tranche.status = status;
        tranche.changedAt = Instant.now(clock);
        tranche.reason = change.reason();
        audit.record("Tranche", tranche.id, action, before, FundingView.TrancheView.of(tranche));
    }

    private static String text(EventData data, JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw data.poison("a tranche's " + field + " is missing");
        }
        return value.asText();
    }

    /** Money is a decimal string with exactly two decimals (funding's schema): kept exact, scale 2. */
    static BigDecimal money(EventData data, String value, String field) {
        if (!MONEY.matcher(value).matches()) {
            throw data.poison(field + " is not an amount with two decimals: " + value);
        }
        return new BigDecimal(value);
    }

    private static Instant instant(EventData data, String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw data.poison(field + " is not an instant: " + value);
        }
    }

}

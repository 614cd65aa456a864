package org.helix.funding.call;

import org.helix.funding.money.Money;
import org.helix.funding.organisation.OrganisationType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Data of CallOpened and CallClosed (schemas in {@code events/}). Key = call id. */
public final class CallEvent {

    public static final String OPENED = "CallOpened";
    public static final String CLOSED = "CallClosed";

    private CallEvent() {
    }

    public record Data(UUID callId, UUID funderOrganisationId, OrganisationType funderType, String title,
            String budget, String currency, MoneyKind moneyKind, TargetKind targetKind, LocalDate opensOn,
            LocalDate closesOn, String maxAward, String committed, String released, Instant occurredAt) {

        static Data of(FundingCall c, Instant at) {
            return new Data(c.id, c.funderOrganisationId, c.funderType, c.title, Money.text(c.budget), c.currency,
                    c.moneyKind, c.targetKind, c.opensOn, c.closesOn, Money.text(c.maxAward), Money.text(c.committed),
                    Money.text(c.released), at);
        }
    }
}

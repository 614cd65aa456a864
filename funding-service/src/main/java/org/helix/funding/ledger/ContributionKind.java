package org.helix.funding.ledger;

/** What a party contributed, valued in the ledger's currency. */
public enum ContributionKind {
    CASH, IN_KIND, STAFF_HOURS, EQUIPMENT
}

package org.helix.funding.call;

/** The kind of money a call gives; a LOAN carries a rate and a term. */
public enum MoneyKind {
    GRANT, LOAN, SPONSORSHIP, IN_KIND
}

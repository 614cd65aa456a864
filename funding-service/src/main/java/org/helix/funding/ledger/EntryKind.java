package org.helix.funding.ledger;

/**
 * What an entry records: a party's CONTRIBUTION (all of it to that party), a LOSS shared by risk share, a BENEFIT
 * distributed by benefit share.
 */
public enum EntryKind {
    CONTRIBUTION, LOSS, BENEFIT
}

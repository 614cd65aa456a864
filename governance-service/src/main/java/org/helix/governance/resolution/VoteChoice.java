package org.helix.governance.resolution;

public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN
}

package org.helix.governance.resolution;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Collection;

/**
 * The counted ballot of a resolution and the rule that decides it: adopted when the votes cast reach the quorum and
 * more than half of them are FOR; otherwise rejected (so exactly half FOR is a rejection).
 */
public record Tally(@JsonProperty("for") int inFavour, int against, int abstain, int cast, int quorum,
        int currentMembers) {

    public enum Outcome {
        ADOPTED,
        /** Fewer votes cast than the quorum. */
        NO_QUORUM,
        /** Quorum reached, but FOR is not more than half of the votes cast. */
        NOT_ENOUGH_FOR
    }

    public static Tally count(Collection<VoteChoice> votes, int quorum, int currentMembers) {
        int inFavour = (int) votes.stream().filter(v -> v == VoteChoice.FOR).count();
        int against = (int) votes.stream().filter(v -> v == VoteChoice.AGAINST).count();
        int abstain = (int) votes.stream().filter(v -> v == VoteChoice.ABSTAIN).count();
        return new Tally(inFavour, against, abstain, votes.size(), quorum, currentMembers);
    }

    public Outcome outcome() {
        if (cast < quorum) {
            return Outcome.NO_QUORUM;
        }
        return 2L * inFavour > cast ? Outcome.ADOPTED : Outcome.NOT_ENOUGH_FOR;
    }
}

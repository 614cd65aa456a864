package org.helix.governance.resolution;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.helix.governance.resolution.VoteChoice.ABSTAIN;
import static org.helix.governance.resolution.VoteChoice.AGAINST;
import static org.helix.governance.resolution.VoteChoice.FOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TallyTest {

    @Test
    void adoptedWhenTheQuorumVotedAndMoreThanHalfAreFor() {
        assertEquals(Tally.Outcome.ADOPTED, Tally.count(List.of(FOR, FOR, AGAINST), 3, 5).outcome());
        assertEquals(Tally.Outcome.ADOPTED, Tally.count(List.of(FOR, FOR, ABSTAIN), 3, 4).outcome());
        assertEquals(Tally.Outcome.ADOPTED, Tally.count(List.of(FOR), 1, 1).outcome());
    }

    @Test
    void exactlyHalfForIsARejection() {
        Tally tally = Tally.count(List.of(FOR, FOR, AGAINST, AGAINST), 3, 4);
        assertEquals(Tally.Outcome.NOT_ENOUGH_FOR, tally.outcome());
        assertEquals(new Tally(2, 2, 0, 4, 3, 4), tally);
        // abstentions count as votes cast, so they make a majority harder
        assertEquals(Tally.Outcome.NOT_ENOUGH_FOR, Tally.count(List.of(FOR, ABSTAIN), 2, 3).outcome());
    }

    @Test
    void belowTheQuorumIsARejectionWhateverTheSplit() {
        assertEquals(Tally.Outcome.NO_QUORUM, Tally.count(List.of(FOR, FOR), 3, 4).outcome());
        assertEquals(Tally.Outcome.NO_QUORUM, Tally.count(Collections.emptyList(), 1, 0).outcome());
    }
}

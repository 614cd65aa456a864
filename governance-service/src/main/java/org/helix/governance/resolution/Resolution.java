package org.helix.governance.resolution;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A resolution put to a committee's member organisations. Its lifecycle lives here. */
@Entity
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

    static final String RESOURCE = "Resolution";

    @Id
    public UUID id;

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(name = "meeting_id")
    public UUID meetingId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResolutionKind kind;

    @Column(name = "proposing_organisation_id", nullable = false)
    public UUID proposingOrganisationId;

    @Column(name = "school_id")
    public UUID schoolId;

    @Column(name = "course_or_programme")
    public String courseOrProgramme;

    /** The funding calls a FUNDING_RECOMMENDATION names (empty for every other kind). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "call_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] callIds = new UUID[0];

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResolutionStatus status;

    @Column(name = "voting_opened_at")
    public Instant votingOpenedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    /** The tally, written when voting closes and null before. */
    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "votes_abstain")
    public Integer votesAbstain;

    @Column(name = "quorum")
    public Integer quorum;

    @Column(name = "current_members")
    public Integer currentMembers;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    void openVoting(Instant at) {
        status = status.after(ResolutionStatus.Transition.OPEN_VOTING);
        votingOpenedAt = at;
        updatedAt = at;
    }

    void requireVoting() {
        status.after(ResolutionStatus.Transition.VOTE);
    }

    /** Closes the ballot, deciding by {@code tally}; the tally becomes visible from now on. */
    void closeVoting(Tally tally, Instant at) {
        status = status.after(tally.outcome() == Tally.Outcome.ADOPTED ? ResolutionStatus.Transition.ADOPT
                : ResolutionStatus.Transition.REJECT);
        decidedAt = at;
        updatedAt = at;
        votesFor = tally.inFavour();
        votesAgainst = tally.against();
        votesAbstain = tally.abstain();
        quorum = tally.quorum();
        currentMembers = tally.currentMembers();
    }

    /** Follow-up actions belong to adopted resolutions only. */
    void requireAdopted() {
        status.after(ResolutionStatus.Transition.ADD_ACTION);
    }

    Tally tally() {
        return votesFor == null ? null : new Tally(votesFor, votesAgainst, votesAbstain,
                votesFor + votesAgainst + votesAbstain, quorum, currentMembers);
    }

    /** Close must be allowed by the lifecycle before the ballot is even counted. */
    void requireMayCloseVoting() {
        status.after(ResolutionStatus.Transition.ADOPT);
    }
}

package org.helix.governance.resolution;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.committee.Committee;
import org.helix.governance.committee.CommitteeMembers;
import org.helix.governance.committee.Committees;
import org.helix.governance.meeting.Meetings;
import org.helix.governance.organisation.Organisation;
import org.helix.governance.organisation.OrganisationType;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.OrganisationScope;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;
import org.helix.platform.web.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Proposes resolutions and runs their ballots: open, vote (one per member organisation), close and decide. */
@ApplicationScoped
public class Resolutions {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "title", "title",
            "status", "status", "decidedAt", "decidedAt");

    @Inject
    Committees committees;

    @Inject
    CommitteeMembers members;

    @Inject
    Meetings meetings;

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public ResolutionView propose(UUID committeeId, ResolutionRequests.Propose request) {
        committees.get(committeeId);
        UUID proposer = proposer(committeeId, request.proposingOrganisationId());
        if (request.meetingId() != null && !meetings.find(request.meetingId())
                .map(meeting -> meeting.committeeId.equals(committeeId)).orElse(false)) {
            throw ApiProblem.invalidField("meetingId", "is not a meeting of this committee");
        }
        String courseOrProgramme = blankToNull(request.courseOrProgramme());
        checkCurriculumTarget(request.kind(), request.schoolId(), courseOrProgramme);
        UUID[] callIds = recommendedCalls(request.kind(), request.callIds());
        Instant now = Instant.now(clock);
        Resolution resolution = new Resolution();
        resolution.id = UUID.randomUUID();
        resolution.committeeId = committeeId;
        resolution.meetingId = request.meetingId();
        resolution.title = request.title().strip();
        resolution.text = request.text();
        resolution.kind = request.kind();
        resolution.proposingOrganisationId = proposer;
        resolution.schoolId = request.schoolId();
        resolution.courseOrProgramme = courseOrProgramme;
        resolution.callIds = callIds;
        resolution.status = ResolutionStatus.PROPOSED;
        resolution.createdAt = now;
        resolution.updatedAt = now;
        resolution.persist();
        return changes.record(Resolution.RESOURCE, resolution.id, "propose", null, () -> view(resolution));
    }

    public ResolutionView get(UUID id) {
        return view(find(id));
    }

    /** The committee's resolutions the caller may see: those of MEMBERS meetings only for members (and staff). */
    public Page<ResolutionView> list(UUID committeeId, ResolutionStatus status, PageRequest page) {
        committees.get(committeeId);
        Criteria criteria = Criteria.of()
                .and("committeeId = :committee", "committee", committeeId)
                .and("status = :status", "status", status)
                .and(meetings.tiedToMeetingsOf(committeeId, "meetingId"));
        Sort sort = page.toSort(SORTABLE, Sort.descending("createdAt")).and("id");
        PanacheQuery<Resolution> query = criteria.find((where, order, params) -> Resolution.find(where, order, params),
                sort);
        return Page.of(query, page, this::view);
    }

    @Transactional
    public ResolutionView openVoting(UUID id) {
        Resolution resolution = find(id, LockModeType.PESSIMISTIC_WRITE);
        ResolutionView before = view(resolution);
        resolution.openVoting(Instant.now(clock));
        return recordChange(resolution, "open-voting", before);
    }

    /**
     * The caller's organisation votes. The resolution is share-locked, so closing the ballot waits for votes in
     * flight; the unique constraint on (resolution, organisation) settles concurrent second votes.
     */
    @Transactional
    public Vote vote(UUID id, VoteChoice choice) {
        Resolution resolution = find(id, LockModeType.PESSIMISTIC_READ);
        UUID organisation = voter(resolution.committeeId);
        resolution.requireVoting();
        if (Vote.count("resolutionId = ?1 and organisationId = ?2", id, organisation) > 0) {
            throw alreadyVoted(organisation);
        }
        Vote vote = new Vote();
        vote.id = UUID.randomUUID();
        vote.resolutionId = id;
        vote.organisationId = organisation;
        vote.choice = choice;
        vote.castAt = Instant.now(clock);
        vote.castBy = caller.subject();
        vote.persist();
        try {
            // the choice stays out of the audit trail: it would show the split to its readers before the ballot closes
            changes.record(Resolution.RESOURCE, id, "vote", null,
                    () -> Map.of("voteId", vote.id, "organisationId", organisation, "castAt", vote.castAt));
        } catch (PersistenceException e) {
            if (violates(e, Vote.ONCE_CONSTRAINT)) {
                throw alreadyVoted(organisation);
            }
            throw e;
        }
        return vote;
    }

    @Transactional
    public ResolutionView closeVoting(UUID id) {
        Resolution resolution = find(id, LockModeType.PESSIMISTIC_WRITE);
        resolution.requireMayCloseVoting();
        Committee committee = committees.get(resolution.committeeId);
        int currentMembers = (int) members.countCurrent(resolution.committeeId);
        if (committee.quorum != null && committee.quorum > currentMembers) {
            throw ApiProblem.conflict("quorum-unreachable", "Quorum unreachable", "The committee's quorum is "
                    + committee.quorum + " but it has only " + currentMembers + " current member(s), so no vote could "
                    + "ever reach it; lower the committee's quorum (PUT /committees/" + committee.id + ") or let more "
                    + "members join, then close the ballot");
        }
        List<VoteChoice> choices = Vote.<Vote>list("resolutionId", id).stream().map(vote -> vote.choice).toList();
        Tally tally = Tally.count(choices, committee.quorumFor(currentMembers), currentMembers);
        ResolutionView before = view(resolution);
        resolution.closeVoting(tally, Instant.now(clock));
        return recordChange(resolution, "close-voting", before, Changes.Event.of(Resolution.RESOURCE, id,
                resolution.status == ResolutionStatus.ADOPTED ? ResolutionEvents.ADOPTED : ResolutionEvents.REJECTED,
                () -> ResolutionEvents.decided(resolution, committee.tier)));
    }

    boolean isVisible(UUID resolutionId) {
        return Resolution.<Resolution>findByIdOptional(resolutionId)
                .map(resolution -> meetings.callerMaySeeTiedTo(resolution.meetingId)).orElse(false);
    }

    /** The resolution, if the caller may see it (it follows its meeting's visibility); else a 404. */
    Resolution find(UUID id) {
        return visible(Resolution.findById(id), id);
    }

    ResolutionView view(Resolution resolution) {
        LocalDate today = LocalDate.now(clock);
        long total = ActionItem.count("resolutionId", resolution.id);
        long done = total == 0 ? 0
                : ActionItem.count("resolutionId = ?1 and status = ?2", resolution.id, ActionStatus.DONE);
        List<ActionView> overdue = total == 0 ? List.of()
                : ActionItem.<ActionItem>list("resolutionId = ?1 and status <> ?2 and dueDate < ?3",
                        Sort.ascending("dueDate").and("id"), resolution.id, ActionStatus.DONE, today)
                .stream().map(action -> ActionView.of(action, today)).toList();
        return new ResolutionView(resolution.id, resolution.committeeId, resolution.meetingId, resolution.title,
                resolution.text, resolution.kind, resolution.proposingOrganisationId, resolution.schoolId,
                resolution.courseOrProgramme, List.of(resolution.callIds), resolution.status,
                resolution.votingOpenedAt, resolution.decidedAt, Vote.count("resolutionId", resolution.id),
                resolution.tally(), new ResolutionView.Progress(done, total), overdue, resolution.version,
                resolution.createdAt, resolution.updatedAt);
    }

    private Resolution find(UUID id, LockModeType lock) {
        return visible(Resolution.findById(id, lock), id);
    }

    private Resolution visible(Resolution resolution, UUID id) {
        return OrganisationScope.visible(resolution, found -> meetings.callerMaySeeTiedTo(found.meetingId),
                Resolution.RESOURCE, id);
    }

    private ResolutionView recordChange(Resolution resolution, String action, ResolutionView before,
            Changes.Event... events) {
        return changes.record(Resolution.RESOURCE, resolution.id, action, before, () -> view(resolution), events);
    }

    /**
     * Representatives propose for their own (current member) organisation; the secretariat and admin name the
     * proposing member organisation.
     */
    private UUID proposer(UUID committeeId, UUID named) {
        if (representatives.seesEverything()) {
            UUID proposer = named != null ? named : caller.organisationId().orElse(null);
            if (proposer == null) {
                throw ApiProblem.invalidField("proposingOrganisationId", "name the proposing member organisation");
            }
            if (!members.isCurrentMember(committeeId, proposer)) {
                throw ApiProblem.invalidField("proposingOrganisationId",
                        "is not a current member of the committee");
            }
            return proposer;
        }
        UUID own = representatives.requireRepresentativeOfMember(committeeId);
        if (named != null && !named.equals(own)) {
            throw ApiProblem.forbidden("A representative proposes for its own organisation only");
        }
        return own;
    }

    /** Representatives (and admin) vote for their own organisation, which must be a current member. */
    private UUID voter(UUID committeeId) {
        if (caller.hasRole(Roles.ADMIN)) {
            UUID organisation = caller.requireOrganisation();
            if (!members.isCurrentMember(committeeId, organisation)) {
                throw ApiProblem.forbidden("Your organisation is not a current member of this committee");
            }
            return organisation;
        }
        return representatives.requireRepresentativeOfMember(committeeId);
    }

    private static void checkCurriculumTarget(ResolutionKind kind, UUID schoolId, String courseOrProgramme) {
        if (kind == ResolutionKind.CURRICULUM_REVISION) {
            if (schoolId == null) {
                throw ApiProblem.invalidField("schoolId", "is required for a CURRICULUM_REVISION");
            }
            if (courseOrProgramme == null) {
                throw ApiProblem.invalidField("courseOrProgramme", "is required for a CURRICULUM_REVISION");
            }
        }
        if (schoolId != null) {
            Organisation school = Organisation.findById(schoolId);
            if (school == null || school.type != OrganisationType.SCHOOL) {
                throw ApiProblem.invalidField("schoolId", "must be a registered SCHOOL organisation");
            }
        }
    }

    /** The calls a FUNDING_RECOMMENDATION names, in order without duplicates; no other kind names any. */
    private static UUID[] recommendedCalls(ResolutionKind kind, List<UUID> callIds) {
        if (callIds == null || callIds.isEmpty()) {
            return new UUID[0];
        }
        if (kind != ResolutionKind.FUNDING_RECOMMENDATION) {
            throw ApiProblem.invalidField("callIds", "only a FUNDING_RECOMMENDATION names funding calls");
        }
        return new LinkedHashSet<>(callIds).toArray(UUID[]::new);
    }

    private static ApiProblem alreadyVoted(UUID organisation) {
        return ApiProblem.conflict("already-voted", "Already voted",
                "Organisation " + organisation + " has already voted on this resolution");
    }

    /** Whether the failure is the database refusing a row because of the named unique constraint. */
    static boolean violates(Throwable failure, String constraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null
                    && violation.getConstraintName().toLowerCase().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

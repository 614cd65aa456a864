package org.helix.governance.meeting;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.helix.governance.access.Representatives;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.committee.CommitteeMembers;
import org.helix.governance.committee.Committees;
import org.helix.governance.committee.Position;
import org.helix.platform.web.scoping.Criteria;
import org.helix.platform.web.scoping.Scope;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;
import org.helix.platform.web.security.Caller;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/** Schedules meetings and runs them: start, attendance, minutes, close or cancel. */
@ApplicationScoped
public class Meetings {

    private static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "title", "title",
            "status", "status", "createdAt", "createdAt");

    @Inject
    Committees committees;

    @Inject
    CommitteeMembers members;

    @Inject
    Representatives representatives;

    @Inject
    Caller caller;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public MeetingView schedule(UUID committeeId, MeetingRequests.Schedule request) {
        committees.get(committeeId);
        check(request);
        Instant now = Instant.now(clock);
        Meeting meeting = new Meeting();
        meeting.id = UUID.randomUUID();
        meeting.committeeId = committeeId;
        meeting.kind = request.kind();
        meeting.title = request.title().strip();
        meeting.startsAt = request.startsAt();
        meeting.endsAt = request.endsAt();
        meeting.location = blankToNull(request.location());
        meeting.link = blankToNull(request.link());
        meeting.visibility = request.visibility();
        meeting.status = MeetingStatus.SCHEDULED;
        if (request.agenda() != null) {
            request.agenda().forEach(entry -> meeting.agenda.add(
                    new AgendaItem(entry.title().strip(), entry.durationMinutes())));
        }
        meeting.createdAt = now;
        meeting.updatedAt = now;
        meeting.persist();
        return changes.record(Meeting.RESOURCE, meeting.id, "schedule", null, () -> MeetingView.of(meeting, List.of()),
                Changes.Event.of(Meeting.RESOURCE, meeting.id, MeetingEvents.SCHEDULED,
                        () -> MeetingEvents.scheduled(meeting)));
    }

    /** The meeting as the caller may see it: a MEMBERS meeting is a 404 for callers outside the committee. */
    public MeetingView get(UUID id) {
        Meeting meeting = visible(Meeting.findById(id), id);
        return MeetingView.of(meeting, attendance(id));
    }

    public Page<MeetingView> list(UUID committeeId, MeetingStatus status, PageRequest page) {
        committees.get(committeeId);
        Criteria criteria = Criteria.of()
                .and("committeeId = :committee", "committee", committeeId)
                .and("status = :status", "status", status)
                .and(seesMembersMeetingsOf(committeeId) ? Scope.everything()
                        : Scope.where("visibility = :public", "public", Visibility.PUBLIC));
        Sort sort = page.toSort(SORTABLE, Sort.ascending("startsAt")).and("id");
        PanacheQuery<Meeting> query = criteria.find((where, order, params) -> Meeting.find(where, order, params),
                sort);
        return Page.of(query, page,
                meeting -> MeetingView.of(meeting, attendance(meeting.id)));
    }

    /**
     * Whether the caller may see what is tied to the meeting (DESIGN.md "Who sees what"): everyone a PUBLIC meeting,
     * a MEMBERS meeting only the committee's current member organisations, admin and secretariat. No meeting: yes.
     */
    public boolean callerMaySeeTiedTo(UUID meetingId) {
        if (meetingId == null) {
            return true;
        }
        return Meeting.<Meeting>findByIdOptional(meetingId)
                .map(meeting -> meeting.visibility == Visibility.PUBLIC || seesMembersMeetingsOf(meeting.committeeId))
                .orElse(true);
    }

    /**
     * The list scope of records tied to meetings of the committee ({@code meetingProperty} names the meeting id on
     * the listed entity): those of MEMBERS meetings are left out unless the caller sees the committee's.
     */
    public Scope tiedToMeetingsOf(UUID committeeId, String meetingProperty) {
        if (seesMembersMeetingsOf(committeeId)) {
            return Scope.everything();
        }
        return Scope.where(meetingProperty + " is null or " + meetingProperty
                + " not in (select m.id from Meeting m where m.visibility = :membersOnly)", "membersOnly",
                Visibility.MEMBERS);
    }

    @Transactional
    public MeetingView start(UUID id) {
        Meeting meeting = visible(Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        MeetingView before = MeetingView.of(meeting, attendance(id));
        meeting.start(Instant.now(clock));
        return recordChange(meeting, "start", before);
    }

    @Transactional
    public MeetingView cancel(UUID id, String reason) {
        return change(id, "cancel", meeting -> meeting.cancel(Instant.now(clock), blankToNull(reason)),
                meeting -> Changes.Event.of(Meeting.RESOURCE, id, MeetingEvents.CANCELLED,
                        () -> MeetingEvents.cancelled(meeting)));
    }

    @Transactional
    public MeetingView close(UUID id) {
        return change(id, "close", meeting -> meeting.close(Instant.now(clock)),
                meeting -> Changes.Event.of(Meeting.RESOURCE, id, MeetingEvents.CLOSED,
                        () -> MeetingEvents.closed(meeting, attendance(id))));
    }

    /**
     * Records that a current member organisation attends. The meeting is share-locked so that closing it waits for
     * this to commit; the unique constraint settles two concurrent records of one organisation.
     */
    @Transactional
    public Attendance attend(UUID id, UUID organisationId) {
        Meeting meeting = visible(Meeting.findById(id, LockModeType.PESSIMISTIC_READ), id);
        if (!representatives.seesEverything()
                && !organisationId.equals(representatives.requireRepresentative())) {
            throw ApiProblem.forbidden("A representative records only its own organisation's attendance");
        }
        meeting.requireInSession();
        if (!members.isCurrentMember(meeting.committeeId, organisationId)) {
            throw ApiProblem.invalidField("organisationId", "is not a current member of the committee");
        }
        if (Attendance.count("meetingId = ?1 and organisationId = ?2", id, organisationId) > 0) {
            throw alreadyAttending(organisationId);
        }
        Attendance attendance = new Attendance();
        attendance.id = UUID.randomUUID();
        attendance.meetingId = id;
        attendance.organisationId = organisationId;
        attendance.recordedAt = Instant.now(clock);
        attendance.recordedBy = caller.subject();
        attendance.persist();
        try {
            changes.record(Meeting.RESOURCE, id, "record-attendance", null,
                    () -> new MeetingView.Attendee(organisationId, attendance.recordedAt));
        } catch (PersistenceException e) {
            if (violates(e, Attendance.ONCE_CONSTRAINT)) {
                throw alreadyAttending(organisationId);
            }
            throw e;
        }
        return attendance;
    }

    @Transactional
    public MeetingView writeMinutes(UUID id, MeetingRequests.Minutes request, Long ifMatchVersion) {
        Meeting meeting = visible(Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        requireMayKeepMinutes(meeting);
        for (Long expected : new Long[] {request.version(), ifMatchVersion}) {
            if (expected != null && expected != meeting.version) {
                throw ApiProblem.staleVersion(Meeting.RESOURCE, id);
            }
        }
        MeetingView before = MeetingView.of(meeting, attendance(id));
        meeting.writeMinutes(request.text(), Instant.now(clock));
        return recordChange(meeting, "write-minutes", before);
    }

    @Transactional
    public MeetingView finaliseMinutes(UUID id) {
        Meeting meeting = visible(Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        requireMayKeepMinutes(meeting);
        MeetingView before = MeetingView.of(meeting, attendance(id));
        meeting.finaliseMinutes(Instant.now(clock));
        return recordChange(meeting, "finalise-minutes", before);
    }

    /** The meeting with the given id, whatever the caller may see (for other parts of governance). */
    public Optional<Meeting> find(UUID id) {
        return Meeting.findByIdOptional(id);
    }

    private MeetingView change(UUID id, String action, Consumer<Meeting> transition,
            Function<Meeting, Changes.Event> event) {
        Meeting meeting = visible(Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
        MeetingView before = MeetingView.of(meeting, attendance(id));
        transition.accept(meeting);
        return recordChange(meeting, action, before, event.apply(meeting));
    }

    private MeetingView recordChange(Meeting meeting, String action, MeetingView before, Changes.Event... events) {
        return changes.record(Meeting.RESOURCE, meeting.id, action, before,
                () -> MeetingView.of(meeting, attendance(meeting.id)), events);
    }

    /**
     * The minutes are kept by the secretariat (and admin) or by a representative of the committee's current CHAIR or
     * SECRETARY member organisation.
     */
    private void requireMayKeepMinutes(Meeting meeting) {
        if (representatives.seesEverything()) {
            return;
        }
        UUID organisation = representatives.requireRepresentative();
        Position position = members.currentMembership(meeting.committeeId, organisation)
                .map(membership -> membership.position).orElse(null);
        if (position != Position.CHAIR && position != Position.SECRETARY) {
            throw ApiProblem.forbidden("Only the chair's or the secretary's organisation (or the secretariat) "
                    + "keeps the minutes");
        }
    }

    private Meeting visible(Meeting meeting, UUID id) {
        if (meeting == null || (meeting.visibility == Visibility.MEMBERS
                && !seesMembersMeetingsOf(meeting.committeeId))) {
            throw ApiProblem.notFound(Meeting.RESOURCE, id);
        }
        return meeting;
    }

    private boolean seesMembersMeetingsOf(UUID committeeId) {
        return representatives.seesEverything() || representatives.callerIsMemberOf(committeeId);
    }

    private static List<Attendance> attendance(UUID meetingId) {
        return Attendance.list("meetingId", Sort.ascending("recordedAt").and("id"), meetingId);
    }

    private static void check(MeetingRequests.Schedule request) {
        if (!request.endsAt().isAfter(request.startsAt())) {
            throw ApiProblem.invalidField("endsAt", "must be after startsAt");
        }
        if (blankToNull(request.location()) == null && blankToNull(request.link()) == null) {
            throw ApiProblem.invalidField("location", "give a location or a link (or both)");
        }
        if (request.agenda() != null) {
            long agendaMinutes = request.agenda().stream().mapToLong(MeetingRequests.AgendaEntry::durationMinutes)
                    .sum();
            long meetingMinutes = Duration.between(request.startsAt(), request.endsAt()).toMinutes();
            if (agendaMinutes > meetingMinutes) {
                throw ApiProblem.invalidField("agenda", "takes " + agendaMinutes + " minutes but the meeting lasts "
                        + meetingMinutes);
            }
        }
    }

    private static ApiProblem alreadyAttending(UUID organisationId) {
        return ApiProblem.conflict("already-attending", "Attendance already recorded",
                "Organisation " + organisationId + " is already recorded as attending");
    }

    /** Whether the failure is the database refusing a row because of the named unique constraint. */
    private static boolean violates(Throwable failure, String constraint) {
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

package org.helix.governance.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@code helix.governance.MeetingScheduled}, {@code MeetingCancelled} and {@code MeetingClosed} (schemas in
 * {@code governance-service/events/}); key = meeting id.
 */
public final class MeetingEvents {

    public static final String SCHEDULED = "MeetingScheduled";
    public static final String CLOSED = "MeetingClosed";
    public static final String CANCELLED = "MeetingCancelled";

    private MeetingEvents() {
    }

    public record Scheduled(UUID meetingId, UUID committeeId, MeetingKind kind, String title, Instant startsAt,
            Instant endsAt, String location, String link, Visibility visibility, List<MeetingView.Agenda> agenda) {
    }

    public record Closed(UUID meetingId, UUID committeeId, MeetingKind kind, String title, Instant startedAt,
            Instant closedAt, List<UUID> attendingOrganisationIds, boolean minutesFinal) {
    }

    public record Cancelled(UUID meetingId, UUID committeeId, MeetingKind kind, String title, Instant startsAt,
            Visibility visibility, Instant cancelledAt, String reason) {
    }

    static Cancelled cancelled(Meeting meeting) {
        return new Cancelled(meeting.id, meeting.committeeId, meeting.kind, meeting.title, meeting.startsAt,
                meeting.visibility, meeting.cancelledAt, meeting.cancellationReason);
    }

    static Scheduled scheduled(Meeting meeting) {
        MeetingView view = MeetingView.of(meeting, List.of());
        return new Scheduled(meeting.id, meeting.committeeId, meeting.kind, meeting.title, meeting.startsAt,
                meeting.endsAt, meeting.location, meeting.link, meeting.visibility, view.agenda());
    }

    static Closed closed(Meeting meeting, List<Attendance> attendance) {
        return new Closed(meeting.id, meeting.committeeId, meeting.kind, meeting.title, meeting.startedAt,
                meeting.closedAt, attendance.stream().map(a -> a.organisationId).toList(), meeting.minutesFinal);
    }
}

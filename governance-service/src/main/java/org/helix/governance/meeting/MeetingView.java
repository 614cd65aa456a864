package org.helix.governance.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

public record MeetingView(UUID id, UUID committeeId, MeetingKind kind, String title, Instant startsAt,
        Instant endsAt, String location, String link, Visibility visibility, MeetingStatus status,
        List<Agenda> agenda, int agendaMinutes, List<Attendee> attendance, MinutesView minutes, Instant startedAt,
        Instant closedAt, Instant cancelledAt, String cancellationReason, long version, Instant createdAt,
        Instant updatedAt) {

    /** An agenda item; {@code position} counts from 1. */
    public record Agenda(int position, String title, int durationMinutes) {
    }

    public record Attendee(UUID organisationId, Instant recordedAt) {
    }

    /** The minutes: a draft ({@code text} may change) until {@code final} is true. */
    public record MinutesView(String text, @JsonProperty("final") boolean isFinal, Instant finalisedAt) {
    }

    static MeetingView of(Meeting meeting, List<Attendance> attendance) {
        List<Agenda> agenda = IntStream.range(0, meeting.agenda.size())
                .mapToObj(i -> new Agenda(i + 1, meeting.agenda.get(i).title, meeting.agenda.get(i).durationMinutes))
                .toList();
        return new MeetingView(meeting.id, meeting.committeeId, meeting.kind, meeting.title, meeting.startsAt,
                meeting.endsAt, meeting.location, meeting.link, meeting.visibility, meeting.status, agenda,
                agenda.stream().mapToInt(Agenda::durationMinutes).sum(),
                attendance.stream().map(a -> new Attendee(a.organisationId, a.recordedAt)).toList(),
                meeting.minutes == null ? null
                        : new MinutesView(meeting.minutes, meeting.minutesFinal, meeting.minutesFinalisedAt),
                meeting.startedAt, meeting.closedAt, meeting.cancelledAt, meeting.cancellationReason,
                meeting.version, meeting.createdAt, meeting.updatedAt);
    }
}

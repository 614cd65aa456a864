package org.helix.governance.meeting;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A meeting of a committee. Its lifecycle and the rules on its minutes live here, so every refusal is made — and
 * reported — the same way.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends PanacheEntityBase {

    static final String RESOURCE = "Meeting";

    @Id
    public UUID id;

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingKind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    public String location;

    public String link;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "meeting_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "item_order")
    public List<AgendaItem> agenda = new ArrayList<>();

    /** The minutes as drafted so far; null until someone writes them. */
    public String minutes;

    @Column(name = "minutes_final", nullable = false)
    public boolean minutesFinal;

    @Column(name = "minutes_finalised_at")
    public Instant minutesFinalisedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    void start(Instant at) {
        status = status.after(MeetingStatus.Transition.START);
        startedAt = at;
        updatedAt = at;
    }

    /** Closing needs minutes (at least a draft): a meeting that was held leaves a record. */
    void close(Instant at) {
        MeetingStatus next = status.after(MeetingStatus.Transition.CLOSE);
        if (!hasMinutes()) {
            throw ApiProblem.conflict("minutes-missing", "Minutes missing",
                    "Write the minutes (PUT .../minutes) before closing the meeting");
        }
        status = next;
        closedAt = at;
        updatedAt = at;
    }

    void cancel(Instant at, String reason) {
        status = status.after(MeetingStatus.Transition.CANCEL);
        cancelledAt = at;
        cancellationReason = reason;
        updatedAt = at;
    }

    /** Minutes are written once the meeting has begun (in session or closed) and until they are final. */
    void writeMinutes(String text, Instant at) {
        requireMinutesOpen();
        minutes = text;
        updatedAt = at;
    }

    void finaliseMinutes(Instant at) {
        requireMinutesOpen();
        if (!hasMinutes()) {
            throw ApiProblem.conflict("minutes-missing", "Minutes missing",
                    "There are no minutes to finalise; write them first");
        }
        minutesFinal = true;
        minutesFinalisedAt = at;
        updatedAt = at;
    }

    /** Attendance is recorded only while the meeting is in session. */
    void requireInSession() {
        status.after(MeetingStatus.Transition.RECORD_ATTENDANCE);
    }

    boolean hasMinutes() {
        return minutes != null && !minutes.isBlank();
    }

    private void requireMinutesOpen() {
        status.after(MeetingStatus.Transition.KEEP_MINUTES);
        if (minutesFinal) {
            throw ApiProblem.conflict("minutes-final", "Minutes are final",
                    "The minutes were finalised at " + minutesFinalisedAt + " and never change again");
        }
    }
}

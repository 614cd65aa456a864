package org.helix.governance.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One item of a meeting's agenda; its place in the agenda is the order of the list. */
@Embeddable
public class AgendaItem {

    @Column(nullable = false)
    public String title;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    public AgendaItem() {
    }

    public AgendaItem(String title, int durationMinutes) {
        this.title = title;
        this.durationMinutes = durationMinutes;
    }
}

package org.helix.funding.call;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A governance resolution of kind FUNDING_RECOMMENDATION that names the call: a note shown with the call. */
@Entity
@Table(name = "call_recommendation")
public class CallRecommendation extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "call_id") UUID callId, @Column(name = "resolution_id") UUID resolutionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "committee_id", nullable = false)
    public UUID committeeId;

    @Column(nullable = false)
    public String title;

    @Column(name = "adopted_at", nullable = false)
    public Instant adoptedAt;
}

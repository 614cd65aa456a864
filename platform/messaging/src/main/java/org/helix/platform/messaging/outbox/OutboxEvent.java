package org.helix.platform.messaging.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One event waiting in (or already sent from) the outbox table. */
@Entity
@Table(name = "helix_outbox")
public class OutboxEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(name = "aggregate_type", nullable = false)
    public String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    public String aggregateId;

    @Column(nullable = false)
    public String payload;

    /** W3C trace context of the request that caused the event, as {@code name=value} lines. */
    @Column(name = "trace_headers")
    public String traceHeaders;

    /** The chain of work the event belongs to ({@code ce_correlationid}): the first request's id. */
    @Column(name = "correlation_id")
    public String correlationId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** When the broker refused this event for good; it and the later events of its aggregate wait until un-parked. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "park_reason")
    public String parkReason;

    /** Events of one aggregate are published in order: this key names the aggregate. */
    public String aggregateKey() {
        return aggregateType + "/" + aggregateId;
    }
}

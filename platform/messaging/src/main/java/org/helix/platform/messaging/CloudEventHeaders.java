package org.helix.platform.messaging;

import org.helix.platform.web.observability.TraceContext;

/** CloudEvents 1.0 Kafka protocol binding, binary content mode: attributes travel as {@code ce_} headers. */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    /** Extension attribute: the id of the request that started the chain of work this event belongs to. */
    public static final String CORRELATION_ID = "ce_correlationid";
    /** W3C trace context (CloudEvents distributed tracing extension), as the HTTP headers of the same names. */
    public static final String TRACEPARENT = TraceContext.TRACEPARENT;
    public static final String TRACESTATE = TraceContext.TRACESTATE;

    private CloudEventHeaders() {
    }
}

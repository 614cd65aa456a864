package org.helix.gateway.proxy;

/** A request body grew past {@code quarkus.http.limits.max-body-size} while it was streaming. */
public class PayloadTooLargeException extends RuntimeException {

    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}

package org.helix.gateway.telemetry;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** The {@code X-Request-Id} every request through the gateway carries. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Key of the request id in the {@link RoutingContext} data and in the logging MDC. */
    public static final String CONTEXT_KEY = "requestId";

    /** What a client-supplied id may look like: visible ASCII, no spaces, bounded length. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7E]{1,200}");

    private RequestIds() {
    }

    /** The client's id when it sent a usable one, a new random UUID otherwise. */
    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
            return fromClient;
        }
        // a random (version 4) UUID from the thread's own generator: request ids need to be unique, not secret, and
        // SecureRandom would serialise every event loop on one lock
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /** The id assigned to this request by {@link RequestIdHandler}, or null when none was assigned. */
    public static String of(RoutingContext ctx) {
        return ctx.get(CONTEXT_KEY);
    }
}

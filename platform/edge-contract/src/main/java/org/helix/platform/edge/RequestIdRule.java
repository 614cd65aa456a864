package org.helix.platform.edge;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one rule for {@code X-Request-Id}, applied alike by the gateway and by every service: an id a client sends is
 * kept when it is 1 to {@value #MAX_LENGTH} visible ASCII characters (no spaces, no control characters), otherwise a
 * new random UUID replaces it. Because both sides apply the same rule, an id the gateway accepted reaches the
 * service's logs and problem bodies unchanged, so "quote the requestId" always points at the right log lines.
 */
public final class RequestIdRule {

    public static final String HEADER = "X-Request-Id";
    /** Key of the id in the logging context (MDC) and in JSON log lines. */
    public static final String LOG_KEY = "requestId";
    public static final int MAX_LENGTH = 200;

    private RequestIdRule() {
    }

    /** Whether a client-supplied id is kept as it is. */
    public static boolean acceptable(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** The client's id when acceptable, a new one otherwise. */
    public static String acceptOrGenerate(String fromClient) {
        return acceptable(fromClient) ? fromClient : generate();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: request ids need to be unique, not secret, and
     * SecureRandom would serialise every event loop on one lock.
     */
    public static String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}

package org.helix.platform.edge;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key ids ({@code kid}) the realm publishes at its JWKS endpoint, as last read. Used by the gateway and every
 * service as a gate in front of quarkus-oidc, which keeps the keys themselves but never drops one the realm removed:
 * <ul>
 * <li>{@link #read()} on a schedule: a removed key is no longer published after the next read;</li>
 * <li>{@link #readIfDue()} when a token names a key not published as far as known, at most once per
 * {@code minInterval}, so made-up key ids cannot make the realm be asked more often than that;</li>
 * <li>a failed read keeps the last key set: what was verifiable stays verifiable while Keycloak is away.</li>
 * </ul>
 * Blocking: call it off the event loop. It reads with the JDK's {@link HttpURLConnection}, not {@code java.net.http}:
 * that client loads some 600 classes and sets up TLS even for an {@code http} realm, and the first token after a
 * service's start waits for this read.
 */
public final class PublishedKeys {

    /** The keys cannot be read (Keycloak unreachable or answering with an error). */
    public static final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Pattern KID = Pattern.compile("\"kid\"\\s*:\\s*\"([^\"\\\\]{1,200})\"");

    private final URI jwksUrl;
    private final Duration minInterval;
    /** Bounds the connect and each wait for the answer's bytes of one read. */
    private final int timeoutMillis;
    private final Clock clock;

    private volatile Set<String> published;
    private volatile Instant lastAttempt = Instant.EPOCH;
    private volatile boolean lastAttemptFailed;
    /** A read is under way: a caller with an unknown key id waits for it instead of being refused meanwhile. */
    private volatile boolean reading;

    public PublishedKeys(URI jwksUrl, Duration minInterval, Duration timeout, Clock clock) {
        this.jwksUrl = jwksUrl;
        this.minInterval = minInterval;
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        this.clock = clock;
    }

    /** Keycloak's JWKS endpoint of a realm URL such as {@code http://localhost:8180/realms/helix}. */
    public static URI keycloakJwksUrl(String realmUrl) {
        String base = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        return URI.create(base + "/protocol/openid-connect/certs");
    }

    public URI url() {
        return jwksUrl;
    }

    /** Whether the last successful read listed this key (false before the first one). */
    public boolean isPublished(String keyId) {
        Set<String> keys = published;
        return keys != null && keys.contains(keyId);
    }

    /** Whether {@link #readIfDue()} would ask the realm now (the last attempt is at least minInterval ago). */
    public boolean dueForRead() {
        return Duration.between(lastAttempt, clock.instant()).compareTo(minInterval) >= 0;
    }

    /**
     * Whether asking again could still change the answer for an unknown key id: a read is due, or one is under way
     * (its result is what the caller should go by, e.g. the very first read after start-up, which many requests
     * with a valid token may be waiting for at once).
     */
    public boolean mayLearnMore() {
        return reading || dueForRead();
    }

    /**
     * Whether the realm publishes {@code keyId}, after the read under way has finished or a due one has been made.
     * Blocking; throws {@link Unavailable} if that read, or the recent one it relies on, failed.
     */
    public synchronized boolean publishesAfterReading(String keyId) {
        if (isPublished(keyId)) {
            return true;
        }
        readIfDue();
        return isPublished(keyId);
    }

    /** Whether the last attempt to read the keys failed (Keycloak away). */
    public boolean lastReadFailed() {
        return lastAttemptFailed;
    }

    /**
     * Reads the keys unless another caller did within minInterval; throws {@link Unavailable} if this read, or the
     * recent one it relies on, failed.
     */
    public synchronized void readIfDue() {
        if (!dueForRead()) {
            if (lastAttemptFailed) {
                throw unavailable(null);
            }
            return;
        }
        read();
    }

    /** Reads the published keys now; on failure the keys known so far stay and {@link Unavailable} is thrown. */
    public synchronized Set<String> read() {
        lastAttempt = clock.instant();
        reading = true;
        try {
            String body = fetch();
            Set<String> keyIds = new LinkedHashSet<>();
            Matcher matcher = KID.matcher(body);
            while (matcher.find()) {
                keyIds.add(matcher.group(1));
            }
            published = Set.copyOf(keyIds);
            lastAttemptFailed = false;
            return published;
        } catch (IOException | RuntimeException e) {
            lastAttemptFailed = true;
            throw unavailable(e);
        } finally {
            reading = false;
        }
    }

    /** The JWKS document. */
    private String fetch() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) jwksUrl.toURL().openConnection();
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        connection.setUseCaches(false);
        connection.setRequestProperty("Accept", "application/json");
        int status = connection.getResponseCode();
        if (status != 200) {
            connection.disconnect();
            throw new IOException("HTTP " + status);
        }
        try (InputStream body = connection.getInputStream()) { // read to the end and closed: the connection is reused
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Unavailable unavailable(Throwable cause) {
        return new Unavailable("The realm's signing keys cannot be read from " + jwksUrl, cause);
    }
}

package org.helix.platform.messaging.inbox;

/** A record that can never be processed (not a CloudEvent, not JSON, missing data): it goes to the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super(reason);
    }

    public PoisonEventException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

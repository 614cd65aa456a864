package org.helix.platform.edge;

import java.io.IOException;

/**
 * Tells a refusal that is no verdict on the token from a real one: quarkus-oidc reports "no key for this kid" and "the
 * key set could not be fetched" as an authentication failure too. Only called for tokens whose key the realm
 * publishes (as last read), so "no key" means "not fetched yet", and the right answer is 503, not 401.
 */
public final class KeyResolutionFailure {

    private static final String UNRESOLVABLE_KEY = "org.jose4j.lang.UnresolvableKeyException";

    private KeyResolutionFailure() {
    }

    public static boolean isIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof IOException || UNRESOLVABLE_KEY.equals(cause.getClass().getName())
                    || cause.getClass().getName().endsWith("OidcEndpointAccessException")) {
                return true;
            }
        }
        return false;
    }
}

package org.helix.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link PrivateKeycloak} a test got with {@code keycloak=private}: a Keycloak of its own that the test may
 * stop and start (outages) and whose signing keys it may rotate, without disturbing other tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPrivateKeycloak {
}

package org.helix.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link PrivateRealm} a test got with {@code realm=private}: a realm of its own on the shared Keycloak,
 * whose signing keys the test may rotate and remove and which it may cut the app off from (outages), without
 * disturbing other tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPrivateRealm {
}

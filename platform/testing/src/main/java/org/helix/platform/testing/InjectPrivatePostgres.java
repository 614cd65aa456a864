package org.helix.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link PrivatePostgres} a test got with {@code postgres=private}: a PostgreSQL server of its own that the
 * test may stop and start again (database outages) without disturbing other tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPrivatePostgres {
}

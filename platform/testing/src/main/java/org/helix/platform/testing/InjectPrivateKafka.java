package org.helix.platform.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the {@link org.helix.platform.infra.KafkaBroker} a test got with {@code kafka=private}: a broker of its own
 * that the test may stop and start again (broker outages) without disturbing other tests.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectPrivateKafka {
}

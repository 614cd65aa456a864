package org.helix.governance;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import org.helix.platform.testing.HelixTestResource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The servers every governance {@code @QuarkusTest} runs on, declared once so that all classes share one boot: its
 * database on the shared PostgreSQL, and a Kafka broker and a copy of the realm of its own, which the fault tests stop,
 * cut off and rotate keys in (they leave them as they found them).
 */
@WithTestResource(value = HelixTestResource.class, initArgs = {@ResourceArg(name = "database", value = "governance"),
        @ResourceArg(name = "realm", value = "private"), @ResourceArg(name = "kafka", value = "private")})
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GovernanceServers {
}

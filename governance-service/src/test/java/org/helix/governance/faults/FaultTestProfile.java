package org.helix.governance.faults;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * The one application start the fault tests share: a realm and a Kafka broker of their own (which they cut off, stop
 * and rotate keys in), and the key set read every 2 s instead of every 5 min, so a removed key is refused within
 * seconds. Every fault test carries the same two annotations, so they all run in one start (each distinct set costs
 * the module an extra build and start of the application):
 * <pre>
 * &#64;TestProfile(FaultTestProfile.class)
 * &#64;WithTestResource(value = HelixTestResource.class, initArgs = {&#64;ResourceArg(name = "database", value = "governance"),
 *         &#64;ResourceArg(name = "realm", value = "private"), &#64;ResourceArg(name = "kafka", value = "private")})
 * </pre>
 * Tokens come from the private realm ({@code @InjectPrivateRealm}), not from {@code Tokens}.
 */
public class FaultTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("helix.security.jwks.refresh-interval", "2s",
                "helix.security.jwks.min-refresh-interval", "1s");
    }
}

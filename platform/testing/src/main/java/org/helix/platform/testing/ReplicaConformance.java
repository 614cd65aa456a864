package org.helix.platform.testing;

import io.restassured.RestAssured;
import org.helix.platform.infra.HelixHome;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * The OpenAPI check of a service whose GET operations serve the organisation replica: it plays governance (two
 * {@code OrganisationRegistered} events checked against governance's schema file, one with every optional field and
 * one with none), waits until the replica serves both, validates both reads against the service's own document and
 * demands that every GET operation under {@code /api/<service>} was checked.
 */
public final class ReplicaConformance {

    private static final CloudEventTopic GOVERNANCE = new CloudEventTopic("helix.governance.v1", "/helix/governance");
    private static final String REGISTERED = "helix.governance.OrganisationRegistered";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private ReplicaConformance() {
    }

    /** @param service the path segment of the service, e.g. {@code talent-exchange} */
    public static void assertOrganisationReadsMatchTheDocument(String service) {
        OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
        String template = "/api/" + service + "/organisations/{id}";
        UUID full = register("{\"name\": \"Conformance Works\", \"type\": \"ENTERPRISE\", \"region\": \"East\","
                + " \"contactEmail\": \"office@conformance.example\", \"website\": \"https://conformance.example\"}");
        UUID bare = register("{\"name\": \"Conformance College\", \"type\": \"SCHOOL\", \"region\": null,"
                + " \"contactEmail\": null, \"website\": null}");
        for (UUID id : new UUID[] {full, bare}) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> RestAssured.given()
                    .auth().oauth2(Tokens.user("teacher")).get(OpenApiConformance.expand(template, id))
                    .statusCode() == 200);
            api.get(RestAssured.given().auth().oauth2(Tokens.user("teacher")), template, id);
        }
        api.assertEveryGetOperationChecked("/api/" + service);
    }

    private static UUID register(String fields) {
        UUID id = UUID.randomUUID();
        String data = "{\"organisationId\": \"" + id + "\", \"version\": 0, " + fields.substring(1);
        JsonSchemas.assertMatches(governanceSchema(), data);
        GOVERNANCE.send(UUID.randomUUID().toString(), REGISTERED, "Organisation/" + id, id.toString(),
                data.getBytes(StandardCharsets.UTF_8));
        return id;
    }

    private static Path governanceSchema() {
        return HelixHome.repository().resolve("governance-service/events/OrganisationRegistered.schema.json");
    }
}

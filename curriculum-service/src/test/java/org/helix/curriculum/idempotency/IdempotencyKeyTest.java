package org.helix.curriculum.idempotency;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.helix.curriculum.CurriculumFixtures.API;
import static org.helix.curriculum.CurriculumFixtures.RIVERSIDE_COLLEGE;
import static org.helix.curriculum.CurriculumFixtures.as;
import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;
import static org.helix.curriculum.CurriculumFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Curriculum's creating POSTs honour {@code Idempotency-Key} (the platform's interceptor, tested in depth in
 * governance): a partner system retrying a programme creation gets the first response again and one programme; the
 * same key with another body is a 422.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class IdempotencyKeyTest {

    @BeforeAll
    static void organisations() {
        demoOrganisations();
    }

    @Test
    void aRetriedCreationGetsTheFirstResponseAndMakesOneProgramme() {
        String key = "partner-retry-" + UUID.randomUUID();
        Map<String, Object> programme = programme(unique("Smart logistics"));

        Response first = create(key, programme);
        Response retry = create(key, programme);

        assertEquals(201, first.statusCode(), first.asString());
        assertEquals(201, retry.statusCode(), retry.asString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.jsonPath().getString("id"), retry.jsonPath().getString("id"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        as("school-admin").queryParam("school", RIVERSIDE_COLLEGE).queryParam("industry", programme.get("industry"))
                .get(API + "/programmes").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = "partner-reuse-" + UUID.randomUUID();
        assertEquals(201, create(key, programme(unique("Cold chain"))).statusCode());

        Response reused = create(key, programme(unique("Another programme")));
        assertEquals(422, reused.statusCode(), reused.asString());
        assertEquals("application/problem+json", reused.contentType());
    }

    private static Response create(String key, Map<String, Object> programme) {
        return as("school-admin").header("Idempotency-Key", key).body(programme).post(API + "/programmes");
    }

    private static Map<String, Object> programme(String name) {
        return Map.of("schoolId", RIVERSIDE_COLLEGE, "name", name, "industry", unique("Logistics"), "level",
                "HIGHER_VOCATIONAL");
    }
}

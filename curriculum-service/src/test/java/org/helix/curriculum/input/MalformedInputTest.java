package org.helix.curriculum.input;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.MalformedInputs;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.net.URL;

import static org.helix.curriculum.CurriculumFixtures.demoOrganisations;

/**
 * Malformed requests against every operation of the service's own OpenAPI document (platform/testing's
 * {@link MalformedInputs}): never a 5xx, always problem+json, a malformed parameter is a 400 naming it, and the
 * domain tables are unchanged after every batch in which everything was refused.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "curriculum"))
class MalformedInputTest {

    private static final String TABLES = "organisation, skill, programme, course, course_version, course_skill, "
            + "teacher_profile, teaching_appointment, teacher_rating, offering, section, enrolment, revision, "
            + "review_comment, demand_signal, skill_gap_alert, training_base, internship, career_plan, "
            + "guidance_session, graduate_outcome, audit_record, helix_outbox";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestGetsA5xxOrChangesTheDatabase() throws Exception {
        demoOrganisations();
        new MalformedInputs(root, dataSource, "/api/curriculum", TABLES)
                // a career plan is a student's to write; admin's roles reach every other operation
                .sentAs(path -> path.endsWith("/career-plans") ? "student" : "admin")
                .run().assertNoneGotA5xxOrChangedTheDatabase();
    }
}

package org.helix.talent.evaluation;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.talent.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.subjectOf;
import static org.helix.talent.TalentFixtures.talentEvents;
import static org.helix.talent.TalentFixtures.teacher;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Student evaluations from curriculum's enrolment events (built from the schemas in curriculum-service/events/):
 * once, within the window, only when enrolled; published at the fifth response, not the fourth; and nothing — no
 * response, no audit row, no event, no stored row — ever holds the student's subject.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class StudentEvaluationTest {

    private final CloudEventTopic curriculum = new CloudEventTopic("helix.curriculum.v1", "/helix/curriculum");
    private final List<String> seen = new ArrayList<>();

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    private String term;

    @BeforeEach
    void inTheWindow() {
        demoOrganisations();
        // an autumn term that ends 10 days from the clock's today: the window is open
        LocalDate today = LocalDate.now(clock);
        LocalDate autumnEnd = LocalDate.of(today.getYear() + 1, 1, 20);
        clock.advance(Duration.between(today.atStartOfDay(), autumnEnd.minusDays(10).atStartOfDay()));
        term = today.getYear() + "-AUTUMN";
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anEnrolledStudentEvaluatesOnceAnonymouslyAndTheFifthResponsePublishes() throws Exception {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        UUID fourth = enrolledSection(teacher, 3);
        UUID fifth = enrolledSection(teacher, 4);

        Map<String, Object> answers = Map.of("clarity", 5, "preparation", 4, "engagement", 5, "fairness", 4,
                "practicalRelevance", 5, "comment", "Clear and practical");
        keep(as("student").body(answers).post(API + "/sections/" + fourth + "/evaluations")).then().statusCode(200)
                .body("recorded", equalTo(true));
        keep(as("teacher").get(API + "/profiles/" + teacher + "/evaluation-results")).then().statusCode(200)
                .body("size()", equalTo(0));

        keep(as("student").body(answers).post(API + "/sections/" + fifth + "/evaluations")).then().statusCode(200);
        keep(as("student").body(answers).post(API + "/sections/" + fifth + "/evaluations")).then().statusCode(409)
                .body("type", containsString("already-evaluated"));
        keep(as("student").get(API + "/profiles/" + teacher + "/evaluation-results")).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].sectionId", equalTo(fifth.toString()))
                .body("[0].responses", equalTo(5)).body("[0].criteria.clarity", equalTo(3.40f))
                .body("[0].averageScore", equalTo(3.0f)).body("[0].criteria.preparation", equalTo(2.4f));
        keep(as("school-admin").queryParam("school", RIVERSIDE_COLLEGE).queryParam("term", term)
                .queryParam("subject", "Mechatronics").get(API + "/evaluation-rankings")).then().statusCode(200);
        ConsumerRecord<String, String> published = talentEvents(teacher.toString(), "EvaluationPublished", 1).get(0);
        assertTrue(published.value().contains(fifth.toString()), published.value());
        seen.add(published.value());

        String student = subjectOf("student");
        keep(as("admin").queryParam("size", 100).get(API + "/audit"));
        seen.addAll(tableContents());
        KafkaTestClient.forTestServers().readAll("helix.talent.v1", r -> true).forEach(r -> seen.add(r.value()));
        assertTrue(seen.size() > 10, "searched " + seen.size() + " documents");
        for (String document : seen) {
            assertFalse(document.contains(student), "the student's subject appears in " + document);
        }
    }

    @Test
    void notEnrolledWithdrawnOutsideTheWindowOrNotAStudentIsRefused() {
        UUID teacher = register("school-admin", teacher(RIVERSIDE_COLLEGE, null));
        Map<String, Object> answers = Map.of("clarity", 3, "preparation", 3, "engagement", 3, "fairness", 3,
                "practicalRelevance", 3);
        as("student").body(answers).post(API + "/sections/" + UUID.randomUUID() + "/evaluations").then()
                .statusCode(403).body("type", containsString("not-enrolled"));
        UUID withdrawn = enrolledSection(teacher, 0);
        send("StudentWithdrew", withdrawn, teacher);
        await().atMost(Duration.ofSeconds(60)).until(() -> withdrawnIn(withdrawn));
        as("student").body(answers).post(API + "/sections/" + withdrawn + "/evaluations").then().statusCode(403);

        UUID section = enrolledSection(teacher, 0);
        as("teacher").body(answers).post(API + "/sections/" + section + "/evaluations").then().statusCode(403);
        as("student").body(Map.of("clarity", 6, "preparation", 3, "engagement", 3, "fairness", 3,
                "practicalRelevance", 3)).post(API + "/sections/" + section + "/evaluations").then().statusCode(400);
        clock.advance(Duration.ofDays(25));
        as("student").body(answers).post(API + "/sections/" + section + "/evaluations").then().statusCode(409)
                .body("type", containsString("evaluation-window-closed"));
    }

    private Response keep(Response response) {
        seen.add(response.asString());
        return response;
    }

    /** A section the demo student is enrolled in (by curriculum's event), with {@code others} earlier answers. */
    private UUID enrolledSection(UUID teacher, int others) {
        UUID section = UUID.randomUUID();
        send("StudentEnrolled", section, teacher);
        await().atMost(Duration.ofSeconds(60)).until(() -> count("select count(*) from evaluation_eligibility "
                + "where section_id = '" + section + "'") == 1);
        // the answers of other students who evaluated before (all 2s and 3s)
        for (int i = 0; i < others; i++) {
            execute("insert into evaluation_response (id, section_id, teacher_profile_id, school_id, term, clarity, "
                    + "preparation, engagement, fairness, practical_relevance) values ('" + UUID.randomUUID() + "', '"
                    + section + "', '" + teacher + "', '" + RIVERSIDE_COLLEGE + "', '" + term + "', 3, 2, 3, 2, 3)");
        }
        return section;
    }

    private void send(String type, UUID section, UUID teacher) {
        ContractFixture event = ContractFixture.ofEvent("curriculum-service", type)
                .with("sectionId", section.toString()).with("schoolId", RIVERSIDE_COLLEGE.toString())
                .with("term", term).with("teacherProfileId", teacher.toString())
                .with("studentSubject", subjectOf("student"));
        curriculum.send(UUID.randomUUID().toString(), "helix.curriculum." + type, "Section/" + section,
                section.toString(), event.bytes());
    }

    private boolean withdrawnIn(UUID section) {
        return count("select count(*) from evaluation_eligibility where withdrawn and section_id = '" + section
                + "'") == 1;
    }

    /** Every row of every table this service writes, as text. */
    private List<String> tableContents() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : List.of("audit_record", "helix_outbox", "helix_idempotency_key", "helix_inbox",
                    "evaluation_eligibility", "evaluation_response", "evaluation_result", "profile", "appointment")) {
                try (ResultSet result = statement.executeQuery("select t::text from " + table + " t")) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement =
                connection.prepareStatement(sql)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

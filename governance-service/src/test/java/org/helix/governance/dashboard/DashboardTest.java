package org.helix.governance.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.helix.governance.GovernanceServers;
import org.helix.governance.TestClock;
import org.helix.governance.dashboard.figures.Metric;
import org.helix.governance.meeting.SittingCommittee;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.GovernanceFixtures.join;
import static org.helix.governance.GovernanceFixtures.macro;
import static org.helix.governance.GovernanceFixtures.meso;
import static org.helix.governance.GovernanceFixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard fed by real events on the broker (documents built from the producers' schema files), narrowed to a
 * committee of this test's own so the figures are exactly what the test sent: every flow's figure, events out of
 * order, a duplicate delivery, an outsider's view, the filters' bad input, and a rebuild from the topics.
 */
@QuarkusTest
@GovernanceServers
class DashboardTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String PERIOD = "from=2026-01-01&to=2026-12-31";

    private static final CloudEventTopic TALENT = new CloudEventTopic("helix.talent.v1.dashboard-tests", "/helix/talent");
    private static final CloudEventTopic INCUBATION = new CloudEventTopic("helix.incubation.v1.dashboard-tests",
            "/helix/incubation");
    private static final CloudEventTopic FUNDING = new CloudEventTopic("helix.funding.v1.dashboard-tests",
            "/helix/funding");

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    private static UUID committee;
    private static UUID school;
    private static UUID enterprise;
    private static UUID outsideSchool;
    private static List<String> privateIds;

    /** Once for the class (RestAssured knows the application's port only from the first test on). */
    @BeforeEach
    void aCommitteeOfItsOwnWithEventsFromEveryFlow() {
        if (committee != null) {
            return;
        }
        demoOrganisations();
        committee = meso(unique("Dashboard MESO"), macro(unique("Dashboard MACRO")), unique("dashboard-industry"));
        school = organisation("SCHOOL");
        enterprise = organisation("ENTERPRISE");
        outsideSchool = organisation("SCHOOL");
        join(committee, school, "MEMBER");
        join(committee, enterprise, "MEMBER");

        // talent: an expert teaching 4 h a week at the school for 17 weeks (2 March – 28 June)
        ContractFixture teaching = appointment("PART_TIME_TEACHING", enterprise, school, "2026-03-02", "2026-06-28", 4);
        send(TALENT, "AppointmentActivated", teaching, Instant.parse("2026-03-02T08:00:00Z"));
        // a teacher's practice at the enterprise, 40 h a week for 4 weeks; its completion arrives before its activation
        ContractFixture practice = appointment("ENTERPRISE_PRACTICE", school, enterprise, "2026-07-06", "2026-08-02", 40);
        send(TALENT, "AppointmentCompleted", ContractFixture.ofEvent("talent-exchange-service", "AppointmentCompleted")
                .with("appointmentId", practice.text("appointmentId")).with("kind", "ENTERPRISE_PRACTICE")
                .with("profileId", practice.text("profileId")).with("homeOrganisationId", school.toString())
                .with("hostOrganisationId", enterprise.toString()).with("endedOn", "2026-08-02")
                .with("previousStatus", "ACTIVE"), Instant.parse("2026-08-03T00:00:00Z"));
        send(TALENT, "AppointmentActivated", practice, Instant.parse("2026-07-06T00:00:00Z"));
        // the school set its own yearly practice target: 200 h instead of the default 160
        send(TALENT, "PracticeTargetSet", ContractFixture.ofEvent("talent-exchange-service", "PracticeTargetSet")
                .with("schoolId", school.toString()).with("targetHours", 200).with("version", 1),
                Instant.parse("2026-01-10T00:00:00Z"));
        // outside the committee: never in its figures
        send(TALENT, "AppointmentActivated",
                appointment("PART_TIME_TEACHING", organisation("ENTERPRISE"), outsideSchool, "2026-03-02", "2026-06-28",
                        8),
                Instant.parse("2026-03-02T08:00:00Z"));

        // incubation: one project admitted after 10 days of screening, one still submitted, one elsewhere
        ContractFixture admitted = project("ProjectSubmitted", school, null, "2026-02-01T00:00:00Z");
        send(INCUBATION, "ProjectSubmitted", admitted, Instant.parse("2026-02-01T00:00:00Z"));
        send(INCUBATION, "ProjectAdmitted", project("ProjectAdmitted", school, admitted.text("projectId"),
                "2026-02-11T00:00:00Z"), Instant.parse("2026-02-11T00:00:00Z"));
        ContractFixture waiting = project("ProjectSubmitted", school, null, "2026-04-01T00:00:00Z");
        send(INCUBATION, "ProjectSubmitted", waiting, Instant.parse("2026-04-01T00:00:00Z"));
        send(INCUBATION, "ProjectSubmitted", project("ProjectSubmitted", outsideSchool, null, "2026-04-01T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"));

        // governance: a problem raised at the committee through the API (its own event, read back from its topic)
        as("secretariat").body(Map.of("title", unique("Too few mentors"), "description", "Two sectors lack mentors",
                        "severity", "MEDIUM", "raisingOrganisationId", school))
                .post("/api/governance/committees/" + committee + "/problems").then().statusCode(201);

        privateIds = List.of(teaching.text("appointmentId"), practice.text("appointmentId"),
                teaching.text("profileId"), admitted.text("projectId"), waiting.text("projectId"));
    }

    @Test
    void everyFlowShowsInTheCommitteesFigures() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath figures = figures("admin", "committee=" + committee);
            assertEquals("1", value(figures, Metric.TEACHING_APPOINTMENTS, Map.of()));
            assertEquals("68.0", value(figures, Metric.TEACHING_HOURS, Map.of()));
            assertEquals("1", value(figures, Metric.PRACTICE_APPOINTMENTS, Map.of()));
            assertEquals("160.0", value(figures, Metric.PRACTICE_HOURS, Map.of()));
            assertEquals("200.0", value(figures, Metric.PRACTICE_TARGET_HOURS, Map.of()));
            assertEquals("1", value(figures, Metric.PROJECTS, Map.of("stage", "INCUBATING")));
            assertEquals("1", value(figures, Metric.PROJECTS, Map.of("stage", "SUBMITTED")));
            assertEquals("10.0", value(figures, Metric.MEDIAN_DAYS_IN_SCREENING, Map.of()));
            assertEquals("1", value(figures, Metric.PROBLEMS, Map.of("tier", "MESO", "status", "OPEN")));
            assertEquals(2, figures.getInt("organisations"));
        });
        // the outside school's figures are there, under its own type filter, and not in the committee's
        JsonPath schools = figures("admin", "organisationType=SCHOOL");
        assertTrue(Integer.parseInt(value(schools, Metric.TEACHING_APPOINTMENTS, Map.of())) >= 2);
    }

    @Test
    void anOutsiderSeesTheSameAggregatesAndNoRecord() {
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("1",
                value(figures("admin", "committee=" + committee), Metric.PROJECTS, Map.of("stage", "INCUBATING"))));
        String outsiders = as("enterprise-rep-2").get("/api/governance/dashboard?" + PERIOD + "&committee=" + committee)
                .then().statusCode(200).extract().asString();
        String admins = as("admin").get("/api/governance/dashboard?" + PERIOD + "&committee=" + committee)
                .then().statusCode(200).extract().asString();
        assertEquals(withoutTime(JsonPath.from(admins)), withoutTime(JsonPath.from(outsiders)));
        privateIds.forEach(id -> assertFalse(outsiders.contains(id), "a record id leaked: " + id));
    }

    @Test
    void aRedeliveredEventIsCountedOnce() throws SQLException {
        Instant day = aDayOfItsOwn();
        ContractFixture event = anOutsideAppointment();
        String id = UUID.randomUUID().toString();
        String key = event.text("appointmentId");
        TALENT.send(id, "helix.talent.AppointmentActivated", "Appointment/" + key, key, event.bytes(), day);
        TALENT.send(id, "helix.talent.AppointmentActivated", "Appointment/" + key, key, event.bytes(), day);
        String sentinel = TALENT.keyInSamePartitionAs(key);
        ContractFixture after = anOutsideAppointment().with("appointmentId", sentinel);
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentActivated", "Appointment/" + sentinel,
                sentinel, after.bytes(), day);
        await().atMost(PATIENCE).until(() -> countOf("helix.talent.AppointmentActivated", day) == 2);
        assertEquals(2, countOf("helix.talent.AppointmentActivated", day), "the redelivery was counted");
    }

    @Test
    void aPoisonEventIsDeadLetteredWithItsReasonAndTheNextIsApplied() throws SQLException {
        Instant day = aDayOfItsOwn();
        ContractFixture event = anOutsideAppointment();
        String key = event.text("appointmentId");
        // the same key, so one partition: the good event is read after both poison records
        TALENT.sendRaw(key, "not a CloudEvent".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentActivated", "Appointment/" + key, key,
                event.without("startDate").unchecked().getBytes(java.nio.charset.StandardCharsets.UTF_8), day);
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentActivated", "Appointment/" + key, key,
                event.bytes(), day);

        await().atMost(PATIENCE).until(() -> countOf("helix.talent.AppointmentActivated", day) == 1);
        List<String> reasons = KafkaTestClient.forTestServers().read("helix.governance.dlq",
                        record -> key.equals(record.key()), found -> found.size() >= 2, PATIENCE)
                .stream().map(record -> KafkaTestClient.header(record, "dead-letter-reason")).toList();
        assertThat(reasons, hasItems(containsString("not a CloudEvent"), containsString("startDate is missing")));
        assertEquals(1, countOf("helix.talent.AppointmentActivated", day), "only the good event was counted");
    }

    /** A day of its own in the past, so what the test counts on it is its alone whatever ran before on the broker. */
    private static Instant aDayOfItsOwn() {
        return LocalDate.of(1900, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(36_000))
                .atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    /** An appointment outside the committee, so the committee's figures stay the other tests' own. */
    private static ContractFixture anOutsideAppointment() {
        return appointment("PART_TIME_TEACHING", outsideSchool, outsideSchool, "2026-03-02", "2026-06-28", 2);
    }

    @Test
    void theMetricDictionaryDefinesEveryMetric() {
        JsonPath dictionary = as("teacher").get("/api/governance/dashboard/metrics").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.toSet()),
                Set.copyOf(dictionary.getList("name", String.class)));
        for (Metric metric : Metric.values()) {
            Map<String, Object> entry = dictionary.getMap("find { it.name == '" + metric.key() + "' }");
            assertFalse(((String) entry.get("definition")).isBlank(), metric.key());
            assertFalse(((List<?>) entry.get("sourceEvents")).isEmpty(), metric.key());
        }
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        as("admin").get("/api/governance/dashboard?from=2026-05-01&to=2026-04-01").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("from"));
        as("admin").get("/api/governance/dashboard?from=2000-01-01&to=2026-04-01").then().statusCode(400)
                .body("errors.field", hasItem("from"));
        as("admin").get("/api/governance/dashboard?organisationType=NOPE").then().statusCode(400)
                .body("errors.field", hasItem("organisationType"));
        as("admin").get("/api/governance/dashboard?to=2026-13-01").then().statusCode(400)
                .body("errors.field", hasItem("to"));
        as("admin").get("/api/governance/dashboard?committee=" + UUID.randomUUID()).then().statusCode(422)
                .body("errors.field", hasItem("committee"));
        as("admin").get("/api/governance/dashboard?committee=" + committee + "&industry=x").then().statusCode(400)
                .body("errors.field", hasItem("industry"));
    }

    @Test
    void aRebuildFromTheTopicsGivesTheSameFigures() {
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals("1",
                value(figures("admin", "committee=" + committee), Metric.PROJECTS, Map.of("stage", "SUBMITTED"))));
        Map<String, Object> before = withoutTime(figures("admin", "committee=" + committee));
        as("secretariat").post("/api/governance/dashboard/rebuild").then().statusCode(403);
        // one rebuild at a time (another test may have started one)
        await().atMost(PATIENCE.multipliedBy(2)).until(() -> !"RUNNING".equals(
                as("admin").get("/api/governance/dashboard/rebuild").then().extract().path("state")));
        as("admin").post("/api/governance/dashboard/rebuild").then().statusCode(202)
                .body("state", is("RUNNING"));
        await().atMost(PATIENCE.multipliedBy(2)).untilAsserted(() -> as("admin").get("/api/governance/dashboard/rebuild").then()
                .statusCode(200).body("state", equalTo("DONE")));
        assertEquals(before, withoutTime(figures("admin", "committee=" + committee)));
    }

    private static UUID organisation(String type) {
        return UUID.fromString(as("secretariat").body(Map.of("name", unique("Dashboard " + type), "type", type))
                .post("/api/governance/organisations").then().statusCode(201).extract().path("id"));
    }

    private static ContractFixture appointment(String kind, UUID home, UUID host, String start, String end, int hours) {
        return ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .with("kind", kind).with("homeOrganisationId", home.toString())
                .with("hostOrganisationId", host.toString()).with("startDate", start).with("endDate", end)
                .with("hoursPerWeek", hours).with("activatedAt", start + "T08:00:00Z");
    }

    private static ContractFixture project(String type, UUID school, String id, String at) {
        ContractFixture project = ContractFixture.ofEvent("incubation-service", type)
                .with("schoolId", school.toString()).with("occurredAt", at);
        return id == null ? project : project.with("projectId", id);
    }

    private static void send(CloudEventTopic topic, String type, ContractFixture event, Instant time) {
        String key = event.json().contains("\"appointmentId\"") ? event.text("appointmentId")
                : event.json().contains("\"projectId\"") ? event.text("projectId") : event.text("schoolId");
        String service = topic.topic().split("\\.")[1];
        topic.send(UUID.randomUUID().toString(), "helix." + service + "." + type, type + "/" + key, key,
                event.bytes(), time);
    }

    /**
     * Overdue actions are judged against today on the service clock: an action is created with the clock five days
     * back and due two days later, so it is overdue once the clock is back to now; done, it no longer counts.
     */
    @Test
    void anActionPastItsDueDateCountsAsOverdueAtItsCommitteesTierUntilDone() {
        SittingCommittee sitting = SittingCommittee.with(RIVERSIDE_COLLEGE, "CHAIR", NOVA_MANUFACTURING, "MEMBER");
        UUID resolution = sitting.resolutionInVoting("school-admin");
        SittingCommittee.vote(resolution, "school-admin", "FOR");
        SittingCommittee.vote(resolution, "enterprise-rep", "FOR");
        as("secretariat").post(SittingCommittee.RESOLUTIONS + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        String overdue;
        try {
            clock.advance(Duration.ofDays(-5));
            overdue = addAction(resolution, LocalDate.now(clock).plusDays(2));
            addAction(resolution, LocalDate.now(clock).plusDays(30));
        } finally {
            clock.reset();
        }
        String filter = "committee=" + sitting.id;
        assertEquals("1", value(figures("admin", filter), Metric.OVERDUE_ACTIONS, Map.of("tier", "MACRO")));

        for (String step : List.of("IN_PROGRESS", "DONE")) {
            as("secretariat").body(Map.of("status", step)).patch(SittingCommittee.ACTIONS + overdue).then()
                    .statusCode(200);
        }
        assertTrue(figures("admin", filter).getList("figures.metric").stream()
                .noneMatch(Metric.OVERDUE_ACTIONS.key()::equals), "no overdue action left");
    }

    private static String addAction(UUID resolution, LocalDate due) {
        return as("secretariat").body(Map.of("title", unique("Follow-up"), "assigneeOrganisationId",
                        NOVA_MANUFACTURING, "dueDate", due.toString()))
                .post(SittingCommittee.RESOLUTIONS + resolution + "/actions").then().statusCode(201).extract()
                .path("id");
    }

    private static JsonPath figures(String user, String filter) {
        return as(user).get("/api/governance/dashboard?" + PERIOD + "&" + filter).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    /** The figure's value as text (null when the figure is there with no value; fails when it is missing). */
    private static String value(JsonPath figures, Metric metric, Map<String, String> dimensions) {
        List<Map<String, Object>> all = figures.getList("figures");
        Map<String, Object> figure = all.stream()
                .filter(f -> metric.key().equals(f.get("metric")) && dimensions.equals(f.get("dimensions")))
                .findFirst().orElseThrow(() -> new AssertionError("no figure " + metric.key() + " " + dimensions
                        + " in " + all));
        Object value = figure.get("value");
        return value == null ? null : value.toString();
    }

    private static Map<String, Object> withoutTime(JsonPath figures) {
        Map<String, Object> all = new java.util.HashMap<>(figures.getMap(""));
        all.remove("generatedAt");
        List<Map<String, Object>> list = figures.getList("figures");
        all.put("figures", list.stream().filter(f -> !Metric.EVENTS.key().equals(f.get("metric"))).toList());
        return all;
    }

    private long countOf(String type, Instant day) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select coalesce(sum(events), 0) from dashboard_event_count where event_type = ? and day = ?")) {
            statement.setString(1, type);
            statement.setObject(2, LocalDate.ofInstant(day, java.time.ZoneOffset.UTC));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Test
    void aMedianOfNoDecisionsIsEmpty() {
        JsonPath figures = as("admin").get("/api/governance/dashboard?from=2026-11-01&to=2026-11-02&committee="
                + committee).then().statusCode(200).extract().jsonPath();
        assertNull(value(figures, Metric.MEDIAN_DAYS_IN_SCREENING, Map.of()));
    }
}

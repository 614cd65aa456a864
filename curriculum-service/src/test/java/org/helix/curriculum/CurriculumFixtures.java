package org.helix.curriculum;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The world a curriculum test needs: the demo organisations (as governance's events), talent's profiles and
 * appointments (as talent's events, built from talent's schema files), and a catalogue built through the API.
 */
public final class CurriculumFixtures {

    public static final String API = "/api/curriculum";
    public static final UUID GOVERNMENT = demo(1);
    public static final UUID RIVERSIDE_COLLEGE = demo(2);
    public static final UUID NOVA_MANUFACTURING = demo(3);
    public static final UUID MANUFACTURING_ASSOCIATION = demo(4);
    public static final UUID SECRETARIAT = demo(7);
    public static final UUID LAKESIDE_POLYTECHNIC = demo(0x12);
    public static final UUID ORBIT_DIGITAL = demo(0x13);

    /** Governance's and talent's topics as this module's tests see them (application.properties, %test). */
    public static final String GOVERNANCE_TOPIC = "helix.governance.v1.curriculum-tests";
    public static final String TALENT_TOPIC = "helix.talent.v1.curriculum-tests";
    public static final CloudEventTopic GOVERNANCE = new CloudEventTopic(GOVERNANCE_TOPIC, "/helix/governance");
    public static final CloudEventTopic TALENT = new CloudEventTopic(TALENT_TOPIC, "/helix/talent");
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile boolean demoOrganisationsKnown;

    private CurriculumFixtures() {
    }

    public static UUID demo(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", n));
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    public static String subjectOf(String user) {
        String payload = Tokens.user(user).split("\\.")[1];
        String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        return json.replaceAll(".*\"sub\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /** Governance's demo organisations, known to this service through OrganisationRegistered events (once). */
    public static synchronized void demoOrganisations() {
        if (demoOrganisationsKnown) {
            return;
        }
        Map<UUID, String[]> organisations = Map.of(
                GOVERNMENT, new String[] {"Provincial Department of Education", "GOVERNMENT"},
                RIVERSIDE_COLLEGE, new String[] {"Riverside Vocational College", "SCHOOL"},
                NOVA_MANUFACTURING, new String[] {"Nova Precision Manufacturing", "ENTERPRISE"},
                MANUFACTURING_ASSOCIATION, new String[] {"Advanced Manufacturing Industry Association",
                        "INDUSTRY_ASSOCIATION"},
                SECRETARIAT, new String[] {"Helix Alliance Secretariat", "SOCIAL_ORGANISATION"},
                LAKESIDE_POLYTECHNIC, new String[] {"Lakeside Polytechnic", "SCHOOL"},
                ORBIT_DIGITAL, new String[] {"Orbit Digital Services", "ENTERPRISE"});
        organisations.forEach((id, nameAndType) -> {
            ContractFixture event = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                    .with("organisationId", id.toString()).with("name", nameAndType[0])
                    .with("type", nameAndType[1]).with("region", "Riverside Province").with("version", 0);
            GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.OrganisationRegistered",
                    "Organisation/" + id, id.toString(), event.bytes());
        });
        organisations.keySet().forEach(id -> await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> as("secretariat").get(API + "/organisations/" + id).statusCode() == 200));
        demoOrganisationsKnown = true;
    }

    // --- talent's events (documents built from and checked against talent's schema files)

    /** Talent registers a profile (TEACHER of a school, EXPERT of an enterprise); returns its id. */
    public static UUID profile(String kind, UUID organisation, String personSubject) {
        UUID id = UUID.randomUUID();
        ContractFixture event = ContractFixture.ofEvent("talent-exchange-service", "ProfileRegistered")
                .with("profileId", id.toString()).with("kind", kind).with("organisationId", organisation.toString())
                .with("personSubject", personSubject).with("displayName", unique(kind.equals("TEACHER")
                        ? "Teacher" : "Expert"))
                .with("titleRank", kind.equals("TEACHER") ? "LECTURER" : "SENIOR").with("version", 0);
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.ProfileRegistered", "Profile/" + id, id.toString(),
                event.bytes());
        return id;
    }

    /** Talent activates a part-time teaching of the expert at the school; returns the appointment id. */
    public static UUID teachingActivated(UUID expert, UUID enterprise, UUID school) {
        UUID id = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        ContractFixture event = ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .with("appointmentId", id.toString()).with("kind", "PART_TIME_TEACHING")
                .with("profileId", expert.toString()).with("homeOrganisationId", enterprise.toString())
                .with("hostOrganisationId", school.toString()).with("startDate", today.toString())
                .with("endDate", today.plusMonths(5).toString()).with("hoursPerWeek", 6)
                .with("greenChannel", true).with("activatedAt", Instant.now().toString());
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentActivated", "Appointment/" + id,
                id.toString(), event.bytes());
        return id;
    }

    public static void teachingTerminated(UUID appointment, UUID expert, UUID enterprise, UUID school) {
        ContractFixture event = ContractFixture.ofEvent("talent-exchange-service", "AppointmentTerminated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("profileId", expert.toString()).with("homeOrganisationId", enterprise.toString())
                .with("hostOrganisationId", school.toString()).with("endedOn", LocalDate.now().toString())
                .with("previousStatus", "ACTIVE").with("reason", "the expert left Nova");
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentTerminated", "Appointment/" + appointment,
                appointment.toString(), event.bytes());
    }

    public static void evaluationPublished(UUID teacher, UUID section, UUID school, int responses, String average) {
        ContractFixture event = ContractFixture.ofEvent("talent-exchange-service", "EvaluationPublished",
                        Map.of("term", "2026-SPRING"))
                .with("profileId", teacher.toString()).with("sectionId", section.toString())
                .with("schoolId", school.toString()).with("term", "2026-SPRING").with("responses", responses)
                .with("averageScore", Double.parseDouble(average)).with("publishedAt", Instant.now().toString());
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.EvaluationPublished", "Profile/" + teacher,
                teacher.toString(), event.bytes());
    }

    /** A TEACHER of Riverside, known to this service (awaited). */
    public static UUID riversideTeacher(String personSubject) {
        UUID teacher = profile("TEACHER", RIVERSIDE_COLLEGE, personSubject);
        awaitTeacherKnown(teacher);
        return teacher;
    }

    /** Waits until talent's profile is known here. */
    public static void awaitTeacherKnown(UUID profile) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> as("secretariat")
                .get(API + "/teachers/" + profile).statusCode() == 200);
    }

    /** Waits until the teacher may (or may no longer) teach at the school. */
    public static void awaitMayTeach(UUID profile, UUID school, boolean may) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            io.restassured.response.Response response = as("secretariat").get(API + "/teachers/" + profile);
            return response.statusCode() == 200
                    && response.jsonPath().getList("mayTeachAt").contains(school.toString()) == may;
        });
    }

    // --- the catalogue, through the API

    public static UUID skill(String sector) {
        return id(as("secretariat").body(Map.of("name", unique("CNC programming"), "category", "SKILL",
                "sector", sector)).post(API + "/skills").then().statusCode(201));
    }

    public static UUID programme(UUID school, String user) {
        return id(as(user).body(Map.of("schoolId", school, "name", unique("Mechatronics"), "industry",
                "Advanced manufacturing", "level", "HIGHER_VOCATIONAL")).post(API + "/programmes").then()
                .statusCode(201));
    }

    public static Map<String, Object> content(String title, List<UUID> skills) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("type", "PRACTICAL");
        content.put("credits", 4.5);
        content.put("skillIds", skills);
        return content;
    }

    public static UUID course(UUID programme, String user, List<UUID> skills) {
        String code = "C" + SEQUENCE.incrementAndGet() + UUID.randomUUID().toString().substring(0, 5);
        return id(as(user).body(Map.of("programmeId", programme, "code", code, "content",
                content("CNC machining " + code, skills))).post(API + "/courses").then().statusCode(201));
    }

    public static UUID offering(UUID course, String term) {
        return id(as("school-admin").body(Map.of("courseId", course, "term", term)).post(API + "/offerings").then()
                .statusCode(201));
    }

    public static UUID section(UUID offering, UUID teacher, int capacity) {
        return id(as("school-admin").body(Map.of("label", unique("S"), "teacherProfileId", teacher, "capacity",
                capacity)).post(API + "/offerings/" + offering + "/sections").then().statusCode(201));
    }

    /** A fresh course of Riverside offered in {@code term}, with one section of {@code capacity} seats. */
    public static UUID[] riversideSection(UUID teacher, String term, int capacity) {
        UUID course = course(programme(RIVERSIDE_COLLEGE, "school-admin"), "school-admin", List.of());
        UUID offering = offering(course, term);
        return new UUID[] {course, offering, section(offering, teacher, capacity)};
    }

    private static UUID id(io.restassured.response.ValidatableResponse response) {
        return UUID.fromString(response.extract().path("id"));
    }

    /** Events of {@code type} with key {@code key} on helix.curriculum.v1, each checked against its schema. */
    public static List<ConsumerRecord<String, String>> curriculumEvents(String key, String type, int atLeast) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.curriculum.v1",
                record -> key.equals(record.key()) && ("helix.curriculum." + type).equals(
                        KafkaTestClient.header(record, "ce_type")),
                found -> found.size() >= atLeast, PATIENCE);
        records.forEach(record -> JsonSchemas.assertMatches(Path.of("events/" + type + ".schema.json"),
                record.value()));
        return records;
    }
}

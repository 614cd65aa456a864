package org.helix.talent;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.CloudEventTopic;
import org.helix.platform.testing.ContractFixture;
import org.helix.platform.testing.KafkaTestClient;
import org.helix.platform.testing.JsonSchemas;
import org.helix.platform.testing.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The demo organisations (sent as governance events), profiles, appointments and agreements a talent test needs. */
public final class TalentFixtures {

    public static final String API = "/api/talent-exchange";
    public static final UUID GOVERNMENT = demo(1);
    public static final UUID RIVERSIDE_COLLEGE = demo(2);
    public static final UUID NOVA_MANUFACTURING = demo(3);
    public static final UUID SECRETARIAT = demo(7);
    public static final UUID LAKESIDE_POLYTECHNIC = demo(0x12);
    public static final UUID ORBIT_DIGITAL = demo(0x13);

    /** Governance's topic as this module's tests see it (application.properties, %test: a topic of their own). */
    public static final String GOVERNANCE_TOPIC = "helix.governance.v1.talent-tests";
    private static final CloudEventTopic GOVERNANCE = new CloudEventTopic(GOVERNANCE_TOPIC, "/helix/governance");
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile boolean demoOrganisationsKnown;

    private TalentFixtures() {
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

    /** The Keycloak subject of a demo user (the {@code sub} of its token). */
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
                SECRETARIAT, new String[] {"Helix Alliance Secretariat", "SOCIAL_ORGANISATION"},
                LAKESIDE_POLYTECHNIC, new String[] {"Lakeside Polytechnic", "SCHOOL"},
                ORBIT_DIGITAL, new String[] {"Orbit Digital Services", "ENTERPRISE"});
        organisations.forEach((id, nameAndType) -> {
            ContractFixture event = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
                    .with("organisationId", id.toString()).with("name", nameAndType[0])
                    .with("type", nameAndType[1]).with("version", 0);
            GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.OrganisationRegistered",
                    "Organisation/" + id, id.toString(), event.bytes());
        });
        organisations.keySet().forEach(id -> await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> as("secretariat").get(API + "/organisations/" + id).statusCode() == 200));
        demoOrganisationsKnown = true;
    }

    /** Governance activates a SCHOOL_ENTERPRISE agreement between the two (a document checked against its schema). */
    public static UUID activeAgreement(UUID school, UUID enterprise) {
        UUID id = UUID.randomUUID();
        ContractFixture event = ContractFixture.ofEvent("governance-service", "AgreementActivated")
                .with("agreementId", id.toString()).with("kind", "SCHOOL_ENTERPRISE")
                .with("partyOrganisationIds", List.of(school.toString(), enterprise.toString()));
        GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.AgreementActivated", "Agreement/" + id,
                id.toString(), event.bytes());
        return id;
    }

    public static void terminateAgreement(UUID id, UUID school, UUID enterprise) {
        ContractFixture event = ContractFixture.ofEvent("governance-service", "AgreementTerminated")
                .with("agreementId", id.toString()).with("kind", "SCHOOL_ENTERPRISE")
                .with("reason", "the enterprise left the alliance")
                .with("partyOrganisationIds", List.of(school.toString(), enterprise.toString()));
        GOVERNANCE.send(UUID.randomUUID().toString(), "helix.governance.AgreementTerminated", "Agreement/" + id,
                id.toString(), event.bytes());
    }

    public static Map<String, Object> expert(UUID enterprise, String personSubject, int years, String rank) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "EXPERT");
        body.put("organisationId", enterprise);
        if (personSubject != null) {
            body.put("personSubject", personSubject);
        }
        body.put("displayName", unique("Expert"));
        body.put("jobTitle", "CNC process engineer");
        body.put("titleRank", rank);
        body.put("yearsOfExperience", years);
        body.put("skills", List.of("CNC machining", "Quality control"));
        return body;
    }

    public static Map<String, Object> teacher(UUID school, String personSubject) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "TEACHER");
        body.put("organisationId", school);
        if (personSubject != null) {
            body.put("personSubject", personSubject);
        }
        body.put("displayName", unique("Teacher"));
        body.put("titleRank", "LECTURER");
        body.put("yearsOfExperience", 6);
        body.put("skills", List.of("Mechatronics"));
        return body;
    }

    /** Registers a profile through the API as {@code user}; returns its id. */
    public static UUID register(String user, Map<String, Object> body) {
        return UUID.fromString(as(user).body(body).post(API + "/profiles").then().statusCode(201).extract()
                .path("id"));
    }

    public static Map<String, Object> teaching(UUID expert, UUID school, UUID enterprise, LocalDate start,
            LocalDate end, int hours) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PART_TIME_TEACHING");
        body.put("profileId", expert);
        body.put("hostOrganisationId", school);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("hoursPerWeek", hours);
        body.put("activity", "Teaches CNC programming to second-year students");
        body.put("payLines", List.of(Map.of("payerOrganisationId", school, "amount", "120.00", "currency", "CNY",
                "basis", "HOURLY")));
        return body;
    }

    public static Map<String, Object> practice(UUID teacher, UUID enterprise, UUID school, LocalDate start,
            LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "ENTERPRISE_PRACTICE");
        body.put("profileId", teacher);
        body.put("hostOrganisationId", enterprise);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("hoursPerWeek", 20);
        body.put("activity", "Practises precision assembly on the shop floor");
        body.put("payLines", List.of(
                Map.of("payerOrganisationId", school, "amount", "8000.00", "currency", "CNY", "basis", "MONTHLY"),
                Map.of("payerOrganisationId", enterprise, "amount", "3000.00", "currency", "CNY",
                        "basis", "MONTHLY")));
        return body;
    }

    public static UUID propose(String user, Map<String, Object> body) {
        return UUID.fromString(as(user).body(body).post(API + "/appointments").then().statusCode(201).extract()
                .path("id"));
    }

    /** Events of {@code type} with key {@code key} on helix.talent.v1, each checked against its schema. */
    public static List<ConsumerRecord<String, String>> talentEvents(String key, String type, int atLeast) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.talent.v1",
                record -> key.equals(record.key()) && ("helix.talent." + type).equals(
                        KafkaTestClient.header(record, "ce_type")),
                found -> found.size() >= atLeast, PATIENCE);
        records.forEach(record -> JsonSchemas.assertMatches(Path.of("events/" + type + ".schema.json"),
                record.value()));
        return records;
    }

    /** The profile linked to a demo user (registered by {@code representative} the first time). */
    public static UUID profileOf(String user, String representative, Map<String, Object> body) {
        String subject = subjectOf(user);
        List<String> found = as("secretariat").queryParam("person", subject).get(API + "/profiles").then()
                .statusCode(200).extract().path("items.id");
        if (!found.isEmpty()) {
            return UUID.fromString(found.get(0));
        }
        Map<String, Object> linked = new LinkedHashMap<>(body);
        linked.put("personSubject", subject);
        return register(representative, linked);
    }
}

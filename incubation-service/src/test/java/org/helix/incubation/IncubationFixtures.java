package org.helix.incubation;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
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

/**
 * What an incubation test needs: the demo organisations (as governance events), projects at each stage through the
 * API, talent's experts and teachers and funding's awards as events on this module's own test topics, and the events
 * this service published, read back from Kafka and checked against their schemas.
 */
public final class IncubationFixtures {

    public static final String API = "/api/incubation";
    public static final UUID GOVERNMENT = demo(1);
    public static final UUID RIVERSIDE_COLLEGE = demo(2);
    public static final UUID NOVA_MANUFACTURING = demo(3);
    public static final UUID ASSOCIATION = demo(4);
    public static final UUID DEVELOPMENT_BANK = demo(5);
    public static final UUID SECRETARIAT = demo(7);
    public static final UUID LAKESIDE_POLYTECHNIC = demo(0x12);
    public static final UUID ORBIT_DIGITAL = demo(0x13);

    /** The producers' topics as this module's tests see them (application.properties, %test: topics of their own). */
    public static final String GOVERNANCE_TOPIC = "helix.governance.v1.incubation-tests";
    public static final String TALENT_TOPIC = "helix.talent.v1.incubation-tests";
    public static final String FUNDING_TOPIC = "helix.funding.v1.incubation-tests";
    public static final CloudEventTopic GOVERNANCE = new CloudEventTopic(GOVERNANCE_TOPIC, "/helix/governance");
    public static final CloudEventTopic TALENT = new CloudEventTopic(TALENT_TOPIC, "/helix/talent");
    public static final CloudEventTopic FUNDING = new CloudEventTopic(FUNDING_TOPIC, "/helix/funding");
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, UUID> REVIEWERS = new HashMap<>();
    private static volatile boolean demoOrganisationsKnown;

    private IncubationFixtures() {
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
                ASSOCIATION, new String[] {"Advanced Manufacturing Industry Association", "INDUSTRY_ASSOCIATION"},
                DEVELOPMENT_BANK, new String[] {"Helix Development Bank", "FINANCIAL_INSTITUTION"},
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

    public static Map<String, Object> submission(UUID school, String teamLead) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", unique("Smart irrigation kit"));
        body.put("schoolId", school);
        body.put("sector", "Agritech");
        body.put("pitch", "Low-cost soil sensors and a phone app that tell smallholders when to water");
        body.put("needs", "Workshop space, a mentor in embedded systems, seed funding");
        if (teamLead != null) {
            body.put("teamLeadSubject", teamLead);
        }
        body.put("members", List.of("student-member-" + SEQUENCE.incrementAndGet()));
        return body;
    }

    /** A project submitted by the demo student (Riverside), SUBMITTED. */
    public static UUID submitted() {
        return submitted("Agritech");
    }

    /** A project of the demo student (Riverside) in {@code sector}, SUBMITTED. */
    public static UUID submitted(String sector) {
        demoOrganisations();
        Map<String, Object> body = submission(RIVERSIDE_COLLEGE, null);
        body.put("sector", sector);
        return UUID.fromString(as("student").body(body).post(API + "/projects").then().statusCode(201).extract()
                .path("id"));
    }

    public static UUID screening() {
        return screening("Agritech");
    }

    public static UUID screening(String sector) {
        UUID project = submitted(sector);
        as("school-admin").post(API + "/projects/" + project + "/screening").then().statusCode(200);
        return project;
    }

    /** A project of the demo student admitted by the admin's override: INCUBATING. */
    public static UUID incubating() {
        return incubating("Agritech");
    }

    public static UUID incubating(String sector) {
        UUID project = screening(sector);
        as("admin").body(Map.of("overrideReason", "fixture: admitted without reviews")).post(API + "/projects/"
                + project + "/admission").then().statusCode(200);
        return project;
    }

    /** Talent registers a profile (and, for an expert, activates a part-time teaching appointment at Riverside). */
    public static UUID talentProfile(String kind, UUID organisation, String personSubject, boolean activeTeaching) {
        UUID profile = UUID.randomUUID();
        ContractFixture registered = ContractFixture.ofEvent("talent-exchange-service", "ProfileRegistered")
                .with("profileId", profile.toString()).with("kind", kind)
                .with("organisationId", organisation.toString()).with("personSubject", personSubject)
                .with("displayName", unique(kind.equals("EXPERT") ? "Expert" : "Teacher")).with("version", 0);
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.ProfileRegistered", "Profile/" + profile,
                profile.toString(), registered.bytes());
        if (activeTeaching) {
            appointmentActivated(profile, organisation);
        }
        return profile;
    }

    /** Talent activates a part-time teaching appointment of the profile at Riverside; returns the appointment. */
    public static UUID appointmentActivated(UUID profile, UUID home) {
        UUID appointment = UUID.randomUUID();
        LocalDate today = LocalDate.now();
        ContractFixture activated = ContractFixture.ofEvent("talent-exchange-service", "AppointmentActivated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("profileId", profile.toString()).with("homeOrganisationId", home.toString())
                .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString())
                .with("startDate", today.minusDays(10).toString()).with("endDate", today.plusDays(120).toString());
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentActivated", "Appointment/" + appointment,
                appointment.toString(), activated.bytes());
        return appointment;
    }

    public static void appointmentTerminated(UUID appointment, UUID profile, UUID home) {
        ContractFixture terminated = ContractFixture.ofEvent("talent-exchange-service", "AppointmentTerminated")
                .with("appointmentId", appointment.toString()).with("kind", "PART_TIME_TEACHING")
                .with("profileId", profile.toString()).with("homeOrganisationId", home.toString())
                .with("hostOrganisationId", RIVERSIDE_COLLEGE.toString()).with("previousStatus", "ACTIVE")
                .with("reason", "the expert moved abroad");
        TALENT.send(UUID.randomUUID().toString(), "helix.talent.AppointmentTerminated", "Appointment/" + appointment,
                appointment.toString(), terminated.bytes());
    }

    /** Assigns the mentor once talent's events about them have arrived (422 meanwhile); returns the mentorship. */
    public static UUID assignMentor(UUID project, UUID profile) {
        Map<String, Object> body = Map.of("profileId", profile);
        String[] id = new String[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = as("school-admin").body(body).post(API + "/projects/" + project + "/mentors");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            if (response.statusCode() != 422) {
                throw new AssertionError("assigning a mentor: " + response.statusCode() + " " + response.asString());
            }
            return false;
        });
        return UUID.fromString(id[0]);
    }

    /**
     * The talent profile of a demo user who reviews on screening panels ({@code expert}: an EXPERT of Nova;
     * {@code teacher}: a TEACHER of Riverside), registered once per test run through talent's events.
     */
    public static synchronized UUID reviewerProfile(String user) {
        return REVIEWERS.computeIfAbsent(user, u -> switch (u) {
            case "expert" -> talentProfile("EXPERT", NOVA_MANUFACTURING, subjectOf("expert"), false);
            case "teacher" -> talentProfile("TEACHER", RIVERSIDE_COLLEGE, subjectOf("teacher"), false);
            default -> throw new IllegalArgumentException("no reviewer profile for " + u);
        });
    }

    /**
     * Seats the profile on the project's screening panel once talent's event about it has arrived (422 meanwhile);
     * returns the seat.
     */
    public static UUID seatOnPanel(UUID project, UUID profile) {
        Map<String, Object> body = Map.of("profileId", profile);
        String[] id = new String[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = as("school-admin").body(body).post(API + "/projects/" + project + "/panel");
            if (response.statusCode() == 201) {
                id[0] = response.path("id");
                return true;
            }
            if (response.statusCode() != 422) {
                throw new AssertionError("seating a reviewer: " + response.statusCode() + " " + response.asString());
            }
            return false;
        });
        return UUID.fromString(id[0]);
    }

    /** A project of the demo student in SCREENING with these demo users ({@code expert}, {@code teacher}) seated. */
    public static UUID screeningWithPanel(String... reviewers) {
        UUID project = screening();
        for (String reviewer : reviewers) {
            seatOnPanel(project, reviewerProfile(reviewer));
        }
        return project;
    }

    /** Funding grants an award to the project with these tranches: sent as funding documents it (checked). */
    public static Map<String, Object> awardGranted(UUID project, String total, List<Map<String, Object>> tranches) {
        Map<String, Object> granted = award(project, total, tranches);
        String award = (String) granted.get("awardId");
        FUNDING.send(UUID.randomUUID().toString(), "helix.funding.AwardGranted", "Award/" + award, award,
                fundingDocument("AwardGranted", granted).getBytes(StandardCharsets.UTF_8));
        return granted;
    }

    /** Funding releases or cancels a tranche (type TrancheReleased or TrancheCancelled), as funding documents it. */
    public static void trancheChanged(String type, Map<String, Object> award, Map<String, Object> tranche,
            String milestoneId, String reason) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("trancheId", tranche.get("trancheId"));
        change.put("awardId", award.get("awardId"));
        change.put("callId", award.get("callId"));
        change.put("targetKind", award.get("targetKind"));
        change.put("targetId", award.get("targetId"));
        change.put("sequence", tranche.get("sequence"));
        change.put("amount", tranche.get("amount"));
        change.put("currency", award.get("currency"));
        change.put("milestoneId", milestoneId);
        change.put("occurredAt", java.time.Instant.now().toString());
        change.put("reason", reason);
        String awardId = (String) award.get("awardId");
        FUNDING.send(UUID.randomUUID().toString(), "helix.funding." + type, "Award/" + awardId, awardId,
                fundingDocument(type, change).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An AwardGranted document with every property funding's schema declares. Written out here rather than generated
     * ({@link ContractFixture} does not generate values for regex patterns such as money's); every document is
     * checked against funding's schema file before it is used ({@link #fundingDocument}).
     */
    public static Map<String, Object> award(UUID project, String total, List<Map<String, Object>> tranches) {
        Map<String, Object> granted = new LinkedHashMap<>();
        granted.put("awardId", UUID.randomUUID().toString());
        granted.put("callId", UUID.randomUUID().toString());
        granted.put("applicationId", UUID.randomUUID().toString());
        granted.put("funderOrganisationId", DEVELOPMENT_BANK.toString());
        granted.put("targetKind", "PROJECT");
        granted.put("targetId", project.toString());
        granted.put("amount", total);
        granted.put("currency", "CNY");
        granted.put("grantedAt", java.time.Instant.now().toString());
        granted.put("tranches", tranches);
        return granted;
    }

    /** The document as JSON, after checking it against funding's schema of {@code eventType} (fails the test if not). */
    public static String fundingDocument(String eventType, Map<String, Object> document) {
        try {
            String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(document);
            ContractFixture.assertMatchesSchema(ContractFixture.eventSchema("funding-service", eventType), json);
            return json;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static Map<String, Object> tranche(int sequence, String amount, String title, LocalDate due) {
        Map<String, Object> tranche = new HashMap<>();
        tranche.put("trancheId", UUID.randomUUID().toString());
        tranche.put("sequence", sequence);
        tranche.put("amount", amount);
        tranche.put("milestoneTitle", title);
        tranche.put("dueDate", due.toString());
        return tranche;
    }

    /** Events of {@code type} with key {@code key} on helix.incubation.v1, each checked against its schema. */
    public static List<ConsumerRecord<String, String>> incubationEvents(String key, String type, int atLeast) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.incubation.v1",
                record -> key.equals(record.key()) && ("helix.incubation." + type).equals(
                        KafkaTestClient.header(record, "ce_type")),
                found -> found.size() >= atLeast, PATIENCE);
        records.forEach(record -> JsonSchemas.assertMatches(Path.of("events/" + type + ".schema.json"),
                record.value()));
        return records;
    }
}

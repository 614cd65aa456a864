package org.helix.funding;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The demo organisations (sent as governance events), projects (sent as incubation events), calls, applications with
 * reviews and awards a funding test needs, built through the API as the demo users.
 */
public final class FundingFixtures {

    public static final String API = "/api/funding";
    public static final UUID GOVERNMENT = demo(1);
    public static final UUID RIVERSIDE_COLLEGE = demo(2);
    public static final UUID NOVA_MANUFACTURING = demo(3);
    public static final UUID ASSOCIATION = demo(4);
    public static final UUID DEVELOPMENT_BANK = demo(5);
    public static final UUID FOUNDATION = demo(6);
    public static final UUID SECRETARIAT = demo(7);
    public static final UUID LAKESIDE_POLYTECHNIC = demo(0x12);
    public static final UUID ORBIT_DIGITAL = demo(0x13);

    /** The producers' topics as this module's tests see them (application.properties, %test: topics of their own). */
    public static final String GOVERNANCE_TOPIC = "helix.governance.v1.funding-tests";
    public static final String INCUBATION_TOPIC = "helix.incubation.v1.funding-tests";
    public static final String TALENT_TOPIC = "helix.talent.v1.funding-tests";
    public static final CloudEventTopic GOVERNANCE = new CloudEventTopic(GOVERNANCE_TOPIC, "/helix/governance");
    public static final CloudEventTopic INCUBATION = new CloudEventTopic(INCUBATION_TOPIC, "/helix/incubation");
    public static final CloudEventTopic TALENT = new CloudEventTopic(TALENT_TOPIC, "/helix/talent");
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile boolean demoOrganisationsKnown;

    private FundingFixtures() {
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
        Map<UUID, String[]> organisations = new LinkedHashMap<>();
        organisations.put(GOVERNMENT, new String[] {"Provincial Department of Education", "GOVERNMENT"});
        organisations.put(RIVERSIDE_COLLEGE, new String[] {"Riverside Vocational College", "SCHOOL"});
        organisations.put(NOVA_MANUFACTURING, new String[] {"Nova Precision Manufacturing", "ENTERPRISE"});
        organisations.put(ASSOCIATION, new String[] {"Advanced Manufacturing Industry Association",
                "INDUSTRY_ASSOCIATION"});
        organisations.put(DEVELOPMENT_BANK, new String[] {"Helix Development Bank", "FINANCIAL_INSTITUTION"});
        organisations.put(FOUNDATION, new String[] {"Youth Entrepreneurship Foundation", "SOCIAL_ORGANISATION"});
        organisations.put(SECRETARIAT, new String[] {"Helix Alliance Secretariat", "SOCIAL_ORGANISATION"});
        organisations.put(LAKESIDE_POLYTECHNIC, new String[] {"Lakeside Polytechnic", "SCHOOL"});
        organisations.put(ORBIT_DIGITAL, new String[] {"Orbit Digital Services", "ENTERPRISE"});
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

    /** Incubation's event about a project (a document checked against incubation's schema); returns its event id. */
    public static String projectEvent(String type, UUID project, UUID school, String status) {
        ContractFixture event = ContractFixture.ofEvent("incubation-service", type)
                .with("projectId", project.toString()).with("title", "Solar kiosk " + project.toString().substring(0, 4))
                .with("schoolId", school.toString()).with("teamLeadSubject", "student-team-lead")
                .with("status", status).with("occurredAt", Instant.now().toString());
        if (type.equals("ProjectDiscontinued")) {
            event = event.with("reason", "the team left the programme");
        }
        return INCUBATION.send("helix.incubation." + type, "Project/" + project, project.toString(), event.bytes());
    }

    /** A project of {@code school} admitted by incubation (INCUBATING here), awaited through an application check. */
    public static UUID admittedProject(UUID school) {
        UUID project = UUID.randomUUID();
        projectEvent("ProjectSubmitted", project, school, "SUBMITTED");
        projectEvent("ProjectAdmitted", project, school, "INCUBATING");
        return project;
    }

    public static void discontinue(UUID project, UUID school) {
        projectEvent("ProjectDiscontinued", project, school, "DISCONTINUED");
    }

    /** Incubation's MilestoneAchieved for a milestone linked to the tranche; returns the event id. */
    public static String milestoneAchieved(UUID project, UUID milestone, UUID award, UUID tranche) {
        ContractFixture event = ContractFixture.ofEvent("incubation-service", "MilestoneAchieved")
                .with("milestoneId", milestone.toString()).with("projectId", project.toString())
                .with("awardId", award == null ? null : award.toString())
                .with("trancheId", tranche == null ? null : tranche.toString())
                .with("title", "Prototype shown to customers").with("achievedOn", LocalDate.now().toString())
                .with("verifiedBySubject", "mentor-subject");
        return INCUBATION.send("helix.incubation.MilestoneAchieved", "Project/" + project, project.toString(),
                event.bytes());
    }

    /** The terms of a call of the bank for {@code targetKind}, open from today for 30 days. */
    public static Map<String, Object> callTerms(UUID funder, String budget, String maxAward, String targetKind,
            List<String> eligible) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("funderOrganisationId", funder);
        body.put("title", unique("Call"));
        body.put("description", "Seed money for vocational innovation");
        body.put("budget", budget);
        body.put("currency", "CNY");
        body.put("moneyKind", "GRANT");
        body.put("targetKind", targetKind);
        body.put("eligibleApplicantTypes", eligible);
        body.put("opensOn", LocalDate.now().toString());
        body.put("closesOn", LocalDate.now().plusDays(30).toString());
        body.put("maxAward", maxAward);
        return body;
    }

    /** Opens a call as {@code user}; returns its id. */
    public static UUID openCall(String user, Map<String, Object> terms) {
        return UUID.fromString(as(user).body(terms).post(API + "/calls").then().statusCode(201).extract().path("id"));
    }

    /** A PROJECT call of the bank (funder) for schools, budget and largest award as given. */
    public static UUID projectCall(String budget, String maxAward) {
        return openCall("funder", callTerms(DEVELOPMENT_BANK, budget, maxAward, "PROJECT", List.of("SCHOOL")));
    }

    public static Map<String, Object> application(UUID call, UUID target, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("callId", call);
        body.put("targetId", target);
        body.put("title", unique("Application"));
        body.put("summary", "What the money is for");
        body.put("requestedAmount", amount);
        return body;
    }

    /** Applies as {@code user} once the target is known here (incubation's events may still be on their way). */
    public static UUID apply(String user, Map<String, Object> body) {
        List<String> id = new ArrayList<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            var response = as(user).body(body).post(API + "/applications");
            if (response.statusCode() == 201) {
                id.add(response.path("id"));
                return true;
            }
            return false;
        });
        return UUID.fromString(id.get(0));
    }

    public static Map<String, Object> scores(int each) {
        return Map.of("relevance", each, "feasibility", each, "impact", each, "valueForMoney", each,
                "conflictOfInterest", false);
    }

    /** Assigns the association's and the government's representatives and has both review with {@code scores}. */
    public static void reviewed(UUID application, Map<String, Object> first, Map<String, Object> second) {
        as("funder").body(Map.of("reviewerSubject", subjectOf("association-rep"), "reviewerOrganisationId",
                ASSOCIATION)).post(API + "/applications/" + application + "/reviewers").then().statusCode(200);
        as("funder").body(Map.of("reviewerSubject", subjectOf("gov-officer"), "reviewerOrganisationId", GOVERNMENT))
                .post(API + "/applications/" + application + "/reviewers").then().statusCode(200);
        as("association-rep").body(first).post(API + "/applications/" + application + "/reviews").then()
                .statusCode(201);
        as("gov-officer").body(second).post(API + "/applications/" + application + "/reviews").then()
                .statusCode(201);
    }

    /** An award body: {@code amounts} as tranches due a month apart. */
    public static Map<String, Object> award(String total, String... amounts) {
        List<Map<String, Object>> tranches = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            tranches.add(Map.of("amount", amounts[i], "milestoneTitle", "Milestone " + (i + 1), "dueDate",
                    LocalDate.now().plusMonths(i + 1).toString()));
        }
        return Map.of("amount", total, "tranches", tranches);
    }

    /** An admitted project of Riverside, applied for to {@code call}, reviewed 4/4, awarded; returns the award. */
    public static Map<String, Object> awardedProject(UUID call, UUID project, String total, String... amounts) {
        UUID application = apply("school-admin", application(call, project, total));
        reviewed(application, scores(4), scores(4));
        return as("funder").body(award(total, amounts)).post(API + "/applications/" + application + "/award").then()
                .statusCode(201).extract().as(Map.class);
    }

    /** Events of {@code type} with key {@code key} on helix.funding.v1, each checked against its schema. */
    public static List<ConsumerRecord<String, String>> fundingEvents(String key, String type, int atLeast) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.forTestServers().read("helix.funding.v1",
                record -> key.equals(record.key()) && ("helix.funding." + type).equals(
                        KafkaTestClient.header(record, "ce_type")),
                found -> found.size() >= atLeast, PATIENCE);
        records.forEach(record -> JsonSchemas.assertMatches(Path.of("events/" + type + ".schema.json"),
                record.value()));
        return records;
    }
}

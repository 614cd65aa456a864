package org.helix.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.local.App;
import org.helix.local.DemoData;
import org.helix.platform.testing.HelixTestServers;
import org.helix.platform.testing.OpenApiConformance;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The merged document the gateway serves tells the truth about what the gateway answers: with the demo data and one
 * record of each governance kind created through the gateway, every GET operation of the document is called through
 * the gateway and its response validated against the merged document.
 */
class GatewayOpenApiIT {

    static final String RIVERSIDE_COLLEGE = "00000000-0000-4000-8000-000000000002";
    static final String NOVA_MANUFACTURING = "00000000-0000-4000-8000-000000000003";

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON).baseUri(RunningSuite.gateway());
    }

    static String create(String user, String path, Map<String, ?> body) {
        return as(user).body(body).post(path).then().statusCode(201).extract().path("id");
    }

    @Test
    void everyGetOperationOfTheMergedDocumentAnswersWhatItSays() {
        // every service's demo (idempotent): the records whose GET operations are checked below
        Map<App, String> services = new EnumMap<>(App.class);
        App.services().forEach(service -> services.put(service, RunningSuite.direct(service)));
        new DemoData(services, HelixTestServers.endpoints().realmUrl()).seed(message -> { });
        String gov = "/api/governance";
        String tag = UUID.randomUUID().toString().substring(0, 8);

        String macro = create("gov-officer", gov + "/committees", Map.of("name", "Gateway MACRO " + tag, "tier", "MACRO"));
        create("secretariat", gov + "/committees/" + macro + "/members",
                Map.of("organisationId", RIVERSIDE_COLLEGE, "position", "CHAIR"));
        create("secretariat", gov + "/committees/" + macro + "/members",
                Map.of("organisationId", NOVA_MANUFACTURING, "position", "MEMBER"));
        String regulation = create("secretariat", gov + "/committees/" + macro + "/regulations",
                Map.of("title", "Meeting rules", "body", "Quorum is half plus one.", "effectiveFrom", "2026-01-01"));
        String meeting = create("secretariat", gov + "/committees/" + macro + "/meetings", Map.of("kind", "PLENARY",
                "title", "Plenary " + tag, "startsAt", "2031-03-01T09:00:00Z", "endsAt", "2031-03-01T12:00:00Z",
                "location", "Riverside hall B", "visibility", "PUBLIC",
                "agenda", List.of(Map.of("title", "Opening", "durationMinutes", 15))));
        String resolution = create("school-admin", gov + "/committees/" + macro + "/resolutions",
                Map.of("title", "Resolution " + tag, "text", "The committee resolves to act.", "kind", "GENERAL"));
        as("secretariat").post(gov + "/resolutions/" + resolution + "/voting/open").then().statusCode(200);
        for (String member : List.of("school-admin", "enterprise-rep")) {
            as(member).body(Map.of("choice", "FOR")).post(gov + "/resolutions/" + resolution + "/votes")
                    .then().statusCode(201);
        }
        as("secretariat").post(gov + "/resolutions/" + resolution + "/voting/close").then().statusCode(200)
                .body("status", equalTo("ADOPTED"));
        String action = create("secretariat", gov + "/resolutions/" + resolution + "/actions", Map.of("title",
                "Open two internship bases", "assigneeOrganisationId", NOVA_MANUFACTURING, "dueDate", "2031-06-30"));
        String problem = create("school-admin", gov + "/committees/" + macro + "/problems", Map.of("title",
                "Problem " + tag, "description", "Interns lack safety training", "severity", "HIGH"));
        LocalDate start = LocalDate.now().plusMonths(1);
        String agreement = create("school-admin", gov + "/agreements", Map.of("title", "Agreement " + tag,
                "kind", "SCHOOL_ENTERPRISE", "scope", "Joint training of CNC technicians",
                "startDate", start.toString(), "endDate", start.plusYears(3).toString(), "parties", List.of(
                        Map.of("organisationId", RIVERSIDE_COLLEGE, "riskShare", "40.00", "benefitShare", "40.00",
                                "contribution", "Training base"),
                        Map.of("organisationId", NOVA_MANUFACTURING, "riskShare", "60.00", "benefitShare", "60.00",
                                "contribution", "Mentors", "contributionAmount", "25000.00"))));

        OpenApiConformance api = OpenApiConformance.load(RunningSuite.gateway() + "/openapi");
        api.get(as("admin"), gov + "/organisations");
        api.get(as("admin"), gov + "/organisations/{id}", RIVERSIDE_COLLEGE);
        api.get(as("admin"), gov + "/committees");
        api.get(as("admin"), gov + "/committees/{id}", macro);
        api.get(as("admin"), gov + "/committees/{id}/tree", macro);
        api.get(as("admin"), gov + "/committees/{committeeId}/members", macro);
        api.get(as("admin"), gov + "/committees/{committeeId}/meetings", macro);
        api.get(as("admin"), gov + "/meetings/{id}", meeting);
        api.get(as("admin"), gov + "/committees/{committeeId}/regulations", macro);
        api.get(as("admin"), gov + "/regulations/{id}", regulation);
        api.get(as("admin"), gov + "/committees/{committeeId}/resolutions", macro);
        api.get(as("admin"), gov + "/resolutions/{id}", resolution);
        api.get(as("admin"), gov + "/resolutions/{id}/actions", resolution);
        api.get(as("admin"), gov + "/actions/{id}", action);
        api.get(as("admin"), gov + "/committees/{committeeId}/problems", macro);
        api.get(as("admin"), gov + "/problems/{id}", problem);
        api.get(as("admin"), gov + "/agreements");
        api.get(as("admin"), gov + "/agreements/{id}", agreement);
        String govChain = api.get(as("admin"), gov + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), gov + "/admin/correlations/{correlationId}", govChain == null ? "none" : govChain);
        api.get(as("teacher"), gov + "/dashboard");
        api.get(as("teacher"), gov + "/dashboard/metrics");
        api.get(as("admin"), gov + "/dashboard/rebuild");
        for (App service : App.services()) {
            if (service == App.GOVERNANCE) {
                continue;
            }
            String organisation = "/api/" + EdgeContractIT.segment(service) + "/organisations/{id}";
            await().atMost(Duration.ofSeconds(60)).until(() -> as("teacher")
                    .get(OpenApiConformance.expand(organisation, RIVERSIDE_COLLEGE)).statusCode() == 200);
            api.get(as("teacher"), organisation, RIVERSIDE_COLLEGE);
        }
        checkTalentExchange(api, tag);
        checkCurriculum(api);
        checkIncubation(api);
        checkFunding(api);
        api.assertEveryGetOperationChecked("/api/");
    }

    /** The talent exchange's GET operations, on a teacher's profile and an enterprise practice made for them. */
    private static void checkTalentExchange(OpenApiConformance api, String tag) {
        String talent = "/api/talent-exchange";
        String teacher = create("school-admin", talent + "/profiles", Map.of("kind", "TEACHER",
                "organisationId", RIVERSIDE_COLLEGE, "displayName", "Gateway teacher " + tag, "titleRank", "LECTURER",
                "yearsOfExperience", 3, "skills", List.of("Mechatronics")));
        LocalDate start = LocalDate.now().plusYears(2);
        String appointment = create("school-admin", talent + "/appointments", Map.of("kind", "ENTERPRISE_PRACTICE",
                "profileId", teacher, "hostOrganisationId", NOVA_MANUFACTURING, "startDate", start.toString(),
                "endDate", start.plusDays(30).toString(), "hoursPerWeek", 8, "activity", "Assembly line practice",
                "payLines", List.of(Map.of("payerOrganisationId", RIVERSIDE_COLLEGE, "amount", "5000.00",
                        "currency", "CNY", "basis", "MONTHLY"))));
        String year = String.valueOf(LocalDate.now().getYear());
        api.get(as("teacher"), talent + "/profiles");
        api.get(as("teacher"), talent + "/profiles/{id}", teacher);
        api.get(as("school-admin"), talent + "/profiles/{id}/file", teacher);
        api.get(as("school-admin").queryParam("year", year), talent + "/profiles/{id}/practice-plan", teacher);
        api.get(as("student"), talent + "/profiles/{id}/evaluation-results", teacher);
        api.get(as("school-admin"), talent + "/appointments");
        api.get(as("school-admin"), talent + "/appointments/{id}", appointment);
        api.get(as("school-admin"), talent + "/appointments/{id}/assessments", appointment);
        api.get(as("teacher"), talent + "/practice-targets/{schoolId}", RIVERSIDE_COLLEGE);
        api.get(as("school-admin").queryParam("school", RIVERSIDE_COLLEGE).queryParam("year", year),
                talent + "/practice-plans");
        api.get(as("student").queryParam("school", RIVERSIDE_COLLEGE).queryParam("term", year + "-SPRING"),
                talent + "/evaluation-rankings");
        String talentChain = api.get(as("admin"), talent + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), talent + "/admin/correlations/{correlationId}", talentChain == null ? "none" : talentChain);
    }

    /** The first id a list answers the user (the demo data fills every list checked here). */
    private static String firstId(String user, String path) {
        String id = as(user).get(path).then().statusCode(200).extract().path("items[0].id");
        if (id == null) {
            throw new AssertionError(path + " as " + user + " lists nothing; the demo data should fill it");
        }
        return id;
    }

    /** Curriculum's GET operations, on the demo's programme, CNC course, sections and internship. */
    private static void checkCurriculum(OpenApiConformance api) {
        String c = "/api/curriculum";
        String skill = firstId("student", c + "/skills");
        String programme = firstId("student", c + "/programmes?school=" + RIVERSIDE_COLLEGE);
        String course = firstId("student", c + "/courses?programme=" + programme);
        String teacher = firstId("student", c + "/teachers?school=" + RIVERSIDE_COLLEGE);
        String offering = firstId("student", c + "/offerings?course=" + course);
        String section = firstId("student", c + "/sections?offering=" + offering);
        String enrolment = firstId("school-admin", c + "/enrolments");
        String revision = firstId("school-admin", c + "/revisions");
        String signal = firstId("association-rep", c + "/demand-signals");
        String base = firstId("student", c + "/training-bases");
        String internship = firstId("school-admin", c + "/internships");
        String plan = as("student").get(c + "/career-plans").then().extract().path("items[0].id");
        if (plan == null) {
            plan = create("student", c + "/career-plans", Map.of("goals", "CNC programmer",
                    "targetOccupations", List.of("CNC programmer")));
        }
        api.get(as("student"), c + "/skills");
        api.get(as("student"), c + "/skills/{id}", skill);
        api.get(as("student"), c + "/programmes");
        api.get(as("student"), c + "/programmes/{id}", programme);
        api.get(as("student"), c + "/courses");
        api.get(as("student"), c + "/courses/{id}", course);
        api.get(as("student"), c + "/courses/{id}/versions", course);
        api.get(as("student"), c + "/courses/{id}/versions/{number}", course, 1);
        api.get(as("student").queryParam("school", RIVERSIDE_COLLEGE), c + "/teachers");
        api.get(as("student"), c + "/teachers/{id}", teacher);
        api.get(as("student"), c + "/offerings");
        api.get(as("student"), c + "/offerings/{id}", offering);
        api.get(as("student"), c + "/sections");
        api.get(as("student"), c + "/sections/{id}", section);
        api.get(as("school-admin"), c + "/enrolments");
        api.get(as("school-admin"), c + "/enrolments/{id}", enrolment);
        api.get(as("school-admin"), c + "/revisions");
        api.get(as("school-admin"), c + "/revisions/{id}", revision);
        api.get(as("school-admin"), c + "/revisions/{id}/comments", revision);
        api.get(as("association-rep"), c + "/demand-signals");
        api.get(as("association-rep"), c + "/demand-signals/{id}", signal);
        api.get(as("student"), c + "/schools/{schoolId}/skill-gaps", RIVERSIDE_COLLEGE);
        api.get(as("student"), c + "/training-bases");
        api.get(as("student"), c + "/training-bases/{id}", base);
        api.get(as("school-admin"), c + "/internships");
        api.get(as("school-admin"), c + "/internships/{id}", internship);
        api.get(as("student"), c + "/career-plans");
        api.get(as("student"), c + "/career-plans/{id}", plan);
        api.get(as("teacher"), c + "/guidance-sessions");
        api.get(as("school-admin"), c + "/outcomes");
        api.get(as("student"), c + "/employment-rates");
        String cChain = api.get(as("admin"), c + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), c + "/admin/correlations/{correlationId}", cChain == null ? "none" : cChain);
    }

    /** Incubation's GET operations, on the demo's incubating project (mentor, desk, funded milestones). */
    private static void checkIncubation(OpenApiConformance api) {
        String i = "/api/incubation";
        // an INCUBATING project with milestones (the demo's funded one; other tests' projects may have none)
        String project = null;
        String milestone = null;
        for (Object item : as("secretariat").get(i + "/projects?size=100&status=INCUBATING").then().statusCode(200)
                .extract().jsonPath().getList("items")) {
            String candidate = (String) ((Map<?, ?>) item).get("id");
            String first = as("secretariat").get(i + "/projects/" + candidate + "/milestones").then().statusCode(200)
                    .extract().path("[0].id"); // a project's milestones are a plain list, not a page
            if (first != null) {
                project = candidate;
                milestone = first;
                break;
            }
        }
        if (project == null) {
            throw new AssertionError("no INCUBATING project with milestones; the demo should have one");
        }
        String request = firstId("admin", i + "/service-requests");
        String space = firstId("student", i + "/park/spaces");
        String event = firstId("student", i + "/training-events");
        api.get(as("secretariat"), i + "/projects");
        api.get(as("secretariat"), i + "/projects/{id}", project);
        api.get(as("secretariat"), i + "/projects/{id}/reviews", project);
        api.get(as("secretariat"), i + "/projects/{projectId}/mentors", project);
        api.get(as("secretariat"), i + "/projects/{projectId}/milestones", project);
        api.get(as("secretariat"), i + "/projects/{projectId}/milestones/{id}", project, milestone);
        api.get(as("secretariat"), i + "/milestones/overdue");
        api.get(as("secretariat"), i + "/projects/{projectId}/funding", project);
        api.get(as("secretariat"), i + "/projects/{projectId}/allocations", project);
        api.get(as("secretariat"), i + "/projects/{projectId}/metrics", project);
        api.get(as("admin"), i + "/service-requests");
        api.get(as("admin"), i + "/service-requests/overdue");
        api.get(as("admin"), i + "/service-requests/{id}", request);
        api.get(as("student"), i + "/park/spaces");
        api.get(as("student"), i + "/park/spaces/{id}", space);
        api.get(as("student"), i + "/training-events");
        api.get(as("student"), i + "/training-events/{id}", event);
        api.get(as("secretariat"), i + "/projects/{projectId}/panel", project);
        api.get(as("secretariat"), i + "/training-events/{id}/registrations", event);
        api.get(as("student"), i + "/training-registrations");
        api.get(as("admin"), i + "/reports/impact");
        String iChain = api.get(as("admin"), i + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), i + "/admin/correlations/{correlationId}", iChain == null ? "none" : iChain);
    }

    /** Funding's GET operations, on the demo's calls, the incubating project's award and the demo agreement's ledger. */
    private static void checkFunding(OpenApiConformance api) {
        String f = "/api/funding";
        String call = firstId("student", f + "/calls");
        String application = firstId("admin", f + "/applications");
        String award = firstId("admin", f + "/awards");
        String ledger = firstId("admin", f + "/ledgers");
        String agreement = as("admin").get(f + "/ledgers/" + ledger).then().statusCode(200).extract()
                .path("agreementId");
        api.get(as("student"), f + "/funders");
        api.get(as("student"), f + "/calls");
        api.get(as("student"), f + "/calls/{id}", call);
        api.get(as("admin"), f + "/applications");
        api.get(as("admin"), f + "/applications/{id}", application);
        api.get(as("admin"), f + "/applications/{id}/reviews", application);
        api.get(as("admin"), f + "/awards");
        api.get(as("admin"), f + "/awards/{id}", award);
        api.get(as("admin"), f + "/awards/{id}/failed-release-checks", award);
        api.get(as("admin"), f + "/ledgers");
        api.get(as("admin"), f + "/ledgers/{id}", ledger);
        api.get(as("admin"), f + "/ledgers/{id}/entries", ledger);
        api.get(as("admin"), f + "/reports/agreements/{agreementId}", agreement);
        api.get(as("student"), f + "/reports/calls/{id}", call);
        api.get(as("student"), f + "/reports/funders/{organisationId}", "00000000-0000-4000-8000-000000000005");
        String fChain = api.get(as("admin"), f + "/audit").jsonPath().getString("items[0].correlationId");
        api.get(as("admin"), f + "/admin/correlations/{correlationId}", fChain == null ? "none" : fChain);
    }
}

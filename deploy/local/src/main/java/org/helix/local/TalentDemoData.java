package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The talent exchange's demo: the demo agreement between Riverside and Nova made ACTIVE (both sign it), the demo expert
 * of Nova (user {@code expert}) teaching part-time at Riverside through the green channel, and the demo teacher of
 * Riverside (user {@code teacher}) in enterprise practice at Nova with pay from both, assessed by Nova, with a
 * practice plan in progress (one practice completed this year, one active). Written through the real APIs by the
 * partner clients of the two organisations; skipped when the demo expert's profile exists.
 */
final class TalentDemoData {

    static final String AGREEMENT_TITLE = "CNC machining training base: Riverside Vocational College and Nova Precision "
            + "Manufacturing";
    private static final String TALENT = "/api/talent-exchange";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String realmUrl;
    private final ApiClient school;
    private final ApiClient enterprise;
    private final ApiClient schoolInGovernance;
    private final ApiClient enterpriseInGovernance;
    private final ApiClient secretariatInGovernance;

    TalentDemoData(HttpClient http, String governanceUrl, String talentUrl, String realmUrl) {
        this.http = http;
        this.realmUrl = realmUrl;
        this.school = new ApiClient(http, talentUrl, realmUrl, "partner-school");
        this.enterprise = new ApiClient(http, talentUrl, realmUrl, "partner-enterprise");
        this.schoolInGovernance = new ApiClient(http, governanceUrl, realmUrl, "partner-school");
        this.enterpriseInGovernance = new ApiClient(http, governanceUrl, realmUrl, "partner-enterprise");
        this.secretariatInGovernance = new ApiClient(http, governanceUrl, realmUrl, DemoData.SEEDING_CLIENT);
    }

    /** Returns true when this call created the talent demo, false when it was there already. */
    boolean seed() {
        String expertSubject = subjectOf("expert");
        if (school.getJson(TALENT + "/profiles?person=" + expertSubject).path("total").asLong() > 0) {
            return false;
        }
        activateDemoAgreement();
        awaitReplicated(GovernanceDemoData.RIVERSIDE);
        awaitReplicated(GovernanceDemoData.NOVA);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        String expert = enterprise.post(TALENT + "/profiles", Map.of("kind", "EXPERT",
                "organisationId", GovernanceDemoData.NOVA, "personSubject", expertSubject,
                "displayName", "Li Wei", "jobTitle", "Senior CNC process engineer", "titleRank", "SENIOR",
                "yearsOfExperience", 12, "skills", List.of("CNC machining", "Precision measurement", "Fixture design")),
                "demo-talent-expert", Set.of(201)).path("id").asText();
        String teacher = school.post(TALENT + "/profiles", Map.of("kind", "TEACHER",
                "organisationId", GovernanceDemoData.RIVERSIDE, "personSubject", subjectOf("teacher"),
                "displayName", "Chen Fang", "jobTitle", "Mechatronics lecturer", "titleRank", "LECTURER",
                "yearsOfExperience", 8, "skills", List.of("Mechatronics", "PLC programming")),
                "demo-talent-teacher", Set.of(201)).path("id").asText();

        // the expert teaches at Riverside from the first of this month: the school's approval alone (green channel)
        Map<String, Object> teaching = Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                "hostOrganisationId", GovernanceDemoData.RIVERSIDE, "startDate", today.withDayOfMonth(1).toString(),
                "endDate", today.withDayOfMonth(1).plusMonths(5).minusDays(1).toString(), "hoursPerWeek", 6,
                "activity", "CNC programming and fixture design for second-year mechatronics students",
                "payLines", List.of(pay(GovernanceDemoData.RIVERSIDE, "150.00", "HOURLY")));
        String teachingId = school.post(TALENT + "/appointments", teaching, "demo-talent-teaching", Set.of(201))
                .path("id").asText();
        awaitGreenChannel(teachingId, teaching);
        school.post(TALENT + "/appointments/" + teachingId + "/approvals", Map.of());

        // the teacher's practice at Nova, paid by both: one completed earlier, one under way, both assessed by Nova
        LocalDate earlierStart = today.minusDays(150);
        String earlier = practice(teacher, earlierStart, earlierStart.plusDays(55), 10, "demo-talent-practice-1");
        LocalDate currentStart = today.minusDays(60);
        String current = practice(teacher, currentStart, currentStart.plusDays(120), 16, "demo-talent-practice-2");
        enterprise.post(TALENT + "/appointments/" + earlier + "/assessments", Map.of("period",
                month(earlierStart), "score", 91, "outcome", "EXCELLENT",
                "comment", "Redesigned the spindle fixture; trained two apprentices"), "demo-talent-assessment-1",
                Set.of(201));
        enterprise.post(TALENT + "/appointments/" + current + "/assessments", Map.of("period",
                month(currentStart), "score", 78, "outcome", "GOOD",
                "comment", "Reliable on the assembly line; documentation to improve"), "demo-talent-assessment-2",
                Set.of(201));
        return true;
    }

    /** Proposed by the school, approved by both: ACTIVE at once (its start date has passed). */
    private String practice(String teacher, LocalDate start, LocalDate end, int hours, String key) {
        String id = school.post(TALENT + "/appointments", Map.of("kind", "ENTERPRISE_PRACTICE", "profileId", teacher,
                "hostOrganisationId", GovernanceDemoData.NOVA, "startDate", start.toString(),
                "endDate", end.toString(), "hoursPerWeek", hours,
                "activity", "Precision assembly and quality control on Nova's CNC line",
                "payLines", List.of(pay(GovernanceDemoData.RIVERSIDE, "9000.00", "MONTHLY"),
                        pay(GovernanceDemoData.NOVA, "3500.00", "MONTHLY"))), key, Set.of(201)).path("id").asText();
        school.post(TALENT + "/appointments/" + id + "/approvals", Map.of());
        enterprise.post(TALENT + "/appointments/" + id + "/approvals", Map.of());
        return id;
    }

    /** Both parties sign the demo agreement (its start date has come): ACTIVE, announced to talent. */
    private void activateDemoAgreement() {
        JsonNode agreements = secretariatInGovernance.getJson("/api/governance/agreements?kind=SCHOOL_ENTERPRISE&party="
                + GovernanceDemoData.RIVERSIDE + "&size=100");
        for (JsonNode agreement : agreements.path("items")) {
            if (AGREEMENT_TITLE.equals(agreement.path("title").asText())
                    && "DRAFT".equals(agreement.path("status").asText())) {
                String path = "/api/governance/agreements/" + agreement.path("id").asText() + "/signatures";
                schoolInGovernance.post(path, Map.of(), null, Set.of(200, 409));
                enterpriseInGovernance.post(path, Map.of(), null, Set.of(200, 409));
            }
        }
    }

    private void awaitReplicated(String organisation) {
        Waiting.until("organisation " + organisation + " in talent", () -> school.get(TALENT + "/organisations/"
                + organisation).statusCode() == 200);
    }

    /** Talent learns of the agreement from governance's event: re-proposes the same terms until it has. */
    private void awaitGreenChannel(String appointment, Map<String, Object> terms) {
        Waiting.until("the green channel between Riverside and Nova", () -> {
            JsonNode current = school.getJson(TALENT + "/appointments/" + appointment);
            if (current.path("greenChannel").asBoolean()) {
                return true;
            }
            Map<String, Object> again = new java.util.HashMap<>(terms);
            again.put("version", current.path("version").asLong());
            school.put(TALENT + "/appointments/" + appointment, again);
            return false;
        });
    }


    private static Map<String, Object> pay(String payer, String amount, String basis) {
        return Map.of("payerOrganisationId", payer, "amount", amount, "currency", "CNY", "basis", basis);
    }

    private static String month(LocalDate date) {
        return String.format("%d-%02d", date.getYear(), date.getMonthValue());
    }

    /** The Keycloak subject of a demo user, read from a token of theirs (the portal client, demo password). */
    String subjectOf(String username) {
        String form = "grant_type=password&client_id=helix-portal&username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=helix-demo";
        HttpRequest request = HttpRequest.newBuilder(URI.create(ClientCredentials.tokenEndpoint(realmUrl)))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": "
                        + response.statusCode());
            }
            String token = JSON.readTree(response.body()).path("access_token").asText();
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Keycloak at " + realmUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

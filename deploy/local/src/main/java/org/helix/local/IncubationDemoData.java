package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incubation demo, at Riverside Vocational College: three projects of the demo student at different stages — one
 * SUBMITTED, one in SCREENING with the demo expert and teacher on its screening panel and the expert's review, one
 * INCUBATING (admitted by two reviews of its panel) mentored by the demo expert Li
 * Wei (whose part-time teaching at Riverside is ACTIVE in talent's demo), with a desk in the pioneer park, a completed
 * BUSINESS_REGISTRATION request to the Provincial Department of Education and a planned milestone — and a training
 * event with the expert as speaker. Written through the real API (the school's partner client, the incubation
 * service's own secretariat account, the government's partner client, the demo expert and teacher for their reviews);
 * skipped once the training event, written last, exists. Needs talent's demo first (the expert's profile and
 * appointment). Once funding has awarded the incubating project, {@link #verifyFirstFundedMilestone} has the first
 * funded milestone verified, which releases its tranche in funding.
 */
final class IncubationDemoData {

    static final String INCUBATING_TITLE = "Precision Fixture Print Lab";
    static final String TRAINING_TITLE = "From the shop floor to a start-up";
    private static final String API = "/api/incubation";
    /** A step answered 409 was taken by an earlier run. */
    private static final Set<Integer> DONE_OR_DONE_ALREADY = Set.of(200, 409);

    private final ApiClient school;
    private final ApiClient secretariat;
    private final ApiClient government;
    private final ApiClient expert;
    private final ApiClient teacher;
    private final ApiClient talent;
    private final ApiClient student;

    IncubationDemoData(HttpClient http, String talentUrl, String incubationUrl, String realmUrl) {
        this.school = new ApiClient(http, incubationUrl, realmUrl, "partner-school");
        this.secretariat = new ApiClient(http, incubationUrl, realmUrl, "incubation-service");
        this.government = new ApiClient(http, incubationUrl, realmUrl, GovernanceDemoData.GOVERNMENT_CLIENT);
        this.expert = ApiClient.asDemoUser(http, incubationUrl, realmUrl, "expert");
        this.teacher = ApiClient.asDemoUser(http, incubationUrl, realmUrl, "teacher");
        this.talent = new ApiClient(http, talentUrl, realmUrl, "partner-school");
        this.student = ApiClient.asDemoUser(http, incubationUrl, realmUrl, "student");
    }

    /** Returns true when this call created the incubation demo, false when it was there already. */
    boolean seed() {
        // the training event is written last: once it is there, the demo is complete; a run that stopped halfway is
        // taken up again by the next (every create carries an Idempotency-Key, every step accepts "done already")
        for (JsonNode event : school.getJson(API + "/training-events?kind=LECTURE&size=100").path("items")) {
            if (TRAINING_TITLE.equals(event.path("title").asText())) {
                return false;
            }
        }
        Waiting.until("Riverside and the Provincial Department of Education in incubation", () ->
                school.get(API + "/organisations/" + GovernanceDemoData.RIVERSIDE).statusCode() == 200
                        && school.get(API + "/organisations/" + GovernanceDemoData.GOVERNMENT).statusCode() == 200);

        project("demo-incubation-project-1", "Campus Repair Café", "Circular economy",
                "Students repair small appliances for the neighbourhood for a fee and teach repair skills",
                "A room two evenings a week, tools");
        String expertProfile = profileOf(expert);
        String teacherProfile = profileOf(teacher);
        String screening = project("demo-incubation-project-2", "Smart Irrigation Kit", "Agritech",
                "Low-cost soil sensors and a phone app that tell smallholders when to water",
                "An embedded-systems mentor, field-test partners");
        school.post(API + "/projects/" + screening + "/screening", Map.of(), null, DONE_OR_DONE_ALREADY);
        seat(screening, expertProfile, "demo-incubation-panel-2-expert");
        seat(screening, teacherProfile, "demo-incubation-panel-2-teacher");
        review(expert, screening, 4, 3, 4, 4, "Clear need; the sensor cost target is ambitious");

        String incubating = incubatingProject();
        school.post(API + "/projects/" + incubating + "/screening", Map.of(), null, DONE_OR_DONE_ALREADY);
        seat(incubating, expertProfile, "demo-incubation-panel-3-expert");
        seat(incubating, teacherProfile, "demo-incubation-panel-3-teacher");
        review(expert, incubating, 5, 4, 4, 4, "Real pain point in every small shop");
        review(teacher, incubating, 4, 4, 3, 5, "Strong team; pricing needs work");
        secretariat.post(API + "/projects/" + incubating + "/admission", Map.of(), null, DONE_OR_DONE_ALREADY);

        // incubation learns of the expert's ACTIVE part-time teaching from talent's events
        Waiting.until("the demo expert assignable as mentor", () -> school.post(API + "/projects/" + incubating + "/mentors",
                Map.of("profileId", expertProfile), "demo-incubation-mentor", Set.of(201, 422)).has("id"));

        String desks = space("Pioneer Park desk row A", "DESK", 8);
        secretariat.post(API + "/park/spaces/" + desks + "/allocations", Map.of("projectId", incubating),
                "demo-incubation-desk", Set.of(201));
        school.post(API + "/projects/" + incubating + "/milestones", Map.of("title", "First ten paying shops",
                "description", "Ten machine shops ordered fixtures at list price",
                "dueDate", LocalDate.now(ZoneOffset.UTC).plusDays(75).toString()), "demo-incubation-milestone",
                Set.of(201));

        JsonNode request = school.post(API + "/service-requests", Map.of("projectId", incubating,
                "kind", "BUSINESS_REGISTRATION", "providerOrganisationId", GovernanceDemoData.GOVERNMENT,
                "description", "Register the team's company as a student venture (fee waiver programme)"),
                "demo-incubation-registration", Set.of(201));
        String requestId = request.path("id").asText();
        government.post(API + "/service-requests/" + requestId + "/accept", Map.of("version", 0), null,
                DONE_OR_DONE_ALREADY);
        government.post(API + "/service-requests/" + requestId + "/complete", Map.of("version", 1,
                "outcome", "Company registered; business licence issued under the student venture programme"), null,
                DONE_OR_DONE_ALREADY);

        secretariat.post(API + "/training-events", Map.of("title", TRAINING_TITLE,
                "kind", "LECTURE", "speakerProfileId", expertProfile,
                "description", "Li Wei on finding a product in a production problem",
                "startsAt", Instant.now().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString(),
                "capacity", 60), "demo-incubation-training", Set.of(201));
        return true;
    }

    /** The demo project that is INCUBATING (its creation is idempotent: a second call answers the same project). */
    String incubatingProject() {
        return project("demo-incubation-project-3", INCUBATING_TITLE, "Advanced manufacturing",
                "On-demand 3D-printed CNC fixtures for small machine shops, designed from a photo and two measurements",
                "Printer time, a mentor from industry, first customers among Nova's suppliers");
    }

    /**
     * The first milestone of the incubating project's funded plan (the earliest due of those incubation created from
     * the award's AwardGranted): the demo student submits evidence and the demo expert, its mentor, verifies it, so
     * funding releases the first tranche. Does nothing once the milestone is ACHIEVED.
     */
    void verifyFirstFundedMilestone(String projectId, String awardId) {
        String milestones = API + "/projects/" + projectId + "/milestones";
        JsonNode[] first = new JsonNode[1];
        // incubation creates the funded milestones when funding's AwardGranted reaches it
        Waiting.until("the funded milestones of the demo project", () -> {
            first[0] = null;
            for (JsonNode milestone : expert.getJson(milestones)) {
                if (awardId.equals(milestone.path("awardId").asText()) && (first[0] == null
                        || milestone.path("dueDate").asText().compareTo(first[0].path("dueDate").asText()) < 0)) {
                    first[0] = milestone;
                }
            }
            return first[0] != null;
        });
        JsonNode milestone = first[0];
        if ("ACHIEVED".equals(milestone.path("status").asText())) {
            return;
        }
        String path = milestones + "/" + milestone.path("id").asText();
        if (milestone.path("evidence").isMissingNode() || milestone.path("evidence").isNull()) {
            student.post(path + "/evidence", Map.of("evidence", "Prototype fixture printed from a photo and two "
                    + "measurements; tested on Nova's CNC line (photos and test report attached)",
                    "version", milestone.path("version").asLong()), null, Set.of(200));
        }
        // 409: a run in parallel verified it first
        expert.post(path + "/verification", Map.of(), null, DONE_OR_DONE_ALREADY);
    }

    private String project(String key, String title, String sector, String pitch, String needs) {
        return school.post(API + "/projects", Map.of("title", title, "schoolId", GovernanceDemoData.RIVERSIDE,
                "sector", sector, "pitch", pitch, "needs", needs, "teamLeadSubject", student.subject(),
                "members", List.of()), key, Set.of(201)).path("id").asText();
    }

    /** The talent profile of a demo user (talent's demo registers the expert's and the teacher's). */
    private String profileOf(ApiClient person) {
        JsonNode profiles = talent.getJson("/api/talent-exchange/profiles?person=" + person.subject());
        if (profiles.path("total").asLong() == 0) {
            throw new IllegalStateException("talent's demo has no profile of " + person.subject());
        }
        return profiles.path("items").get(0).path("id").asText();
    }

    /**
     * Seats the profile on the project's screening panel once incubation knows it from talent's events (422 until
     * then); a 409 means seated already or screening over, on an earlier run.
     */
    private void seat(String project, String profile, String key) {
        Waiting.until("a reviewer of the demo known to incubation", () -> school.post(API + "/projects/" + project
                + "/panel", Map.of("profileId", profile), key, Set.of(201, 409, 422)).path("status").asInt(0) != 422);
    }

    private void review(ApiClient reviewer, String project, int innovation, int feasibility, int market, int team,
            String comment) {
        reviewer.post(API + "/projects/" + project + "/reviews", Map.of("innovation", innovation,
                "feasibility", feasibility, "market", market, "team", team, "comment", comment), null,
                Set.of(201, 409));
    }

    private String space(String name, String kind, int capacity) {
        for (JsonNode space : secretariat.getJson(API + "/park/spaces?kind=" + kind + "&size=100").path("items")) {
            if (name.equals(space.path("name").asText())) {
                return space.path("id").asText();
            }
        }
        return secretariat.post(API + "/park/spaces", Map.of("name", name, "kind", kind, "capacity", capacity),
                "demo-incubation-space-" + kind, Set.of(201)).path("id").asText();
    }

}

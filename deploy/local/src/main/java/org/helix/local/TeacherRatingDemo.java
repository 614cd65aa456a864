package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The expert's rating, the end of the expert-teaching story: five demo students choose Li Wei's CNC-201 section this
 * term and evaluate the teaching through talent (anonymously; the demo's evaluation window is open all term, see
 * {@link SuiteOptions#DEMO_EVALUATION_WINDOW}), talent publishes the section's result at five responses, and
 * curriculum shows the rating on that section and on Li Wei's section of next term's CNC-201 offering, where students
 * choose. Skipped when next term's offering exists.
 */
final class TeacherRatingDemo {

    /** The demo students (realm users, password {@code helix-demo}) of the expert's section. */
    static final List<String> STUDENTS = List.of("student", "student2", "student3", "student4", "student5");

    private static final String CURRICULUM = "/api/curriculum";
    private static final String TALENT = "/api/talent-exchange";
    private static final String EXPERT = "Li Wei";
    /** Each student's answers: clarity, preparation, engagement, fairness, practical relevance (mean 4.40). */
    private static final int[][] ANSWERS = {{5, 4, 4, 5, 5}, {4, 4, 5, 4, 5}, {5, 5, 4, 4, 4}, {4, 4, 4, 5, 5},
            {4, 3, 4, 5, 5}};

    private final HttpClient http;
    private final String curriculumUrl;
    private final String talentUrl;
    private final String realmUrl;
    private final ApiClient school;

    TeacherRatingDemo(HttpClient http, String curriculumUrl, String talentUrl, String realmUrl) {
        this.http = http;
        this.curriculumUrl = curriculumUrl;
        this.talentUrl = talentUrl;
        this.realmUrl = realmUrl;
        this.school = new ApiClient(http, curriculumUrl, realmUrl, "partner-school");
    }

    /** Returns true when this call published the rating, false when next term's offering was there already. */
    boolean seed() {
        JsonNode section = expertSection(CurriculumDemoData.currentTerm());
        String course = section.path("courseId").asText();
        String nextTerm = nextTerm(CurriculumDemoData.currentTerm());
        if (school.getJson(CURRICULUM + "/offerings?course=" + course + "&term=" + nextTerm).path("items").size() > 0) {
            return false;
        }
        String sectionId = section.path("id").asText();
        String expert = section.path("teacherProfileId").asText();
        for (int i = 0; i < STUDENTS.size(); i++) {
            choose(STUDENTS.get(i), sectionId);
            evaluate(STUDENTS.get(i), sectionId, ANSWERS[i]);
        }
        ApiClient talent = ApiClient.asDemoUser(http, talentUrl, realmUrl, STUDENTS.get(0));
        Waiting.until("the result of " + EXPERT + "'s section published by talent", () -> talent.getJson(TALENT
                + "/profiles/" + expert + "/evaluation-results").path(0).path("responses").asInt()
                == STUDENTS.size());
        Waiting.until(EXPERT + "'s rating in curriculum", () -> school.getJson(CURRICULUM + "/sections/" + sectionId)
                .path("rating").path("responses").asInt() == STUDENTS.size());

        String offering = school.post(CURRICULUM + "/offerings", Map.of("courseId", course, "term", nextTerm),
                "demo-curriculum-offering-next", Set.of(201)).path("id").asText();
        school.post(CURRICULUM + "/offerings/" + offering + "/sections", Map.of("label", "B", "teacherProfileId",
                expert, "capacity", 24, "schedule", "Thu 13:30-16:30, Nova's CNC line"),
                "demo-curriculum-section-next-B", Set.of(201));
        return true;
    }

    /** Li Wei's section of the given term at Riverside. */
    private JsonNode expertSection(String term) {
        JsonNode sections = school.getJson(CURRICULUM + "/sections?school=" + GovernanceDemoData.RIVERSIDE
                + "&term=" + term + "&size=100");
        for (JsonNode section : sections.path("items")) {
            if (EXPERT.equals(section.path("teacherName").asText())) {
                return section;
            }
        }
        throw new IllegalStateException("No section of " + EXPERT + " in " + term + " at Riverside");
    }

    /** The student enrols in the section by choosing it (the curriculum demo enrolled {@code student} already). */
    private void choose(String student, String section) {
        ApiClient curriculum = ApiClient.asDemoUser(http, curriculumUrl, realmUrl, student);
        String path = CURRICULUM + "/sections/" + section + "/enrolments";
        HttpResponse<String> response = curriculum.postResponse(path, Map.of(), null);
        if (response.statusCode() != 201
                && !(response.statusCode() == 409 && response.body().contains("already-enrolled"))) {
            throw ApiClient.unexpected("POST " + path, response);
        }
    }

    /** One student's evaluation, once talent knows of the enrolment (403 until curriculum's event has arrived). */
    private void evaluate(String student, String section, int[] answers) {
        ApiClient talent = ApiClient.asDemoUser(http, talentUrl, realmUrl, student);
        Map<String, Object> body = Map.of("clarity", answers[0], "preparation", answers[1], "engagement",
                answers[2], "fairness", answers[3], "practicalRelevance", answers[4]);
        String path = TALENT + "/sections/" + section + "/evaluations";
        Waiting.until(student + "'s evaluation of " + EXPERT, () -> {
            HttpResponse<String> response = talent.postResponse(path, body, null);
            if (response.statusCode() == 200
                    || response.statusCode() == 409 && response.body().contains("already-evaluated")) {
                return true; // 409: evaluated in an earlier run that was interrupted
            }
            if (response.statusCode() == 403) {
                return false; // talent has not heard of the enrolment yet
            }
            throw ApiClient.unexpected("POST " + path, response);
        });
    }

    /** The term after {@code term}: a spring term is followed by the same year's autumn, an autumn by next spring. */
    static String nextTerm(String term) {
        int year = Integer.parseInt(term.substring(0, 4));
        return term.endsWith("-SPRING") ? year + "-AUTUMN" : (year + 1) + "-SPRING";
    }

}

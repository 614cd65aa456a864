import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The four stories of issue 15 item 1, run through the gateway with the demo logins' real tokens by N concurrent
 * simulated users for a given time (story-load-bench.sh; the checks from the databases are StoryLoadCheck.java):
 * <ul>
 * <li>a — revision: a CURRICULUM_REVISION resolution in the run's committee, voted and adopted in governance → its
 * DRAFT revision in curriculum;</li>
 * <li>b — green channel: a Nova expert's part-time teaching at Riverside, approved by the school alone through the
 * run's ACTIVE Riverside–Nova agreement → a section of a fresh Riverside course taught by the expert (once curriculum
 * knows the appointment) → the demo student enrols;</li>
 * <li>c — funding: a student project submitted → screened → admitted → an application to the run's call, reviewed,
 * awarded in two tranches → incubation's milestones → mentor (the demo expert), evidence, verification → the first
 * tranche RELEASED in funding; every third one is discontinued after the award instead → both tranches CANCELLED;</li>
 * <li>d — ledger: a Lakeside–Orbit agreement signed (starting later) → funding's ledger OPEN → a contribution and a
 * loss → terminated → ledger CLOSED.</li>
 * </ul>
 * A user runs stories one after the other (a, b, c, d, a, ...; users start at different stories) until the time is up,
 * then finishes the story it is in. A request answered 502/503/504 or not answered is retried after 1 s (with the same
 * Idempotency-Key on a creating POST) for at most the await bound: a person would try again. Every answer, retried or
 * not, is recorded. Awaited effects of events are polled every second for at most the await bound.
 * <p>
 * {@code run GATEWAY REALM USERS DURATION_S PHASE OUT_DIR [AWAIT_S]} writes OUT_DIR/PHASE-requests.csv (one line per
 * HTTP answer), PHASE-waits.csv (how long each awaited effect took) and PHASE-stories.csv (each story, its outcome
 * and its records' ids).
 */
public final class StoryLoadDriver {

    static final String GOVERNMENT = "00000000-0000-4000-8000-000000000001";
    static final String RIVERSIDE = "00000000-0000-4000-8000-000000000002";
    static final String NOVA = "00000000-0000-4000-8000-000000000003";
    static final String ASSOCIATION = "00000000-0000-4000-8000-000000000004";
    static final String BANK = "00000000-0000-4000-8000-000000000005";
    static final String LAKESIDE = "00000000-0000-4000-8000-000000000012";
    static final String ORBIT = "00000000-0000-4000-8000-000000000013";
    static final List<String> LOGINS = List.of("admin", "secretariat", "gov-officer", "school-admin", "student",
            "enterprise-rep", "expert", "association-rep", "funder", "school-admin-2", "enterprise-rep-2");
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body) {
        String text(String field) {
            JsonNode node = body == null ? null : body.path(field);
            return node == null || node.isMissingNode() || node.isNull() ? null : node.asText();
        }
    }

    /** A story that could not finish: what was expected and what came. */
    static final class StoryFailed extends RuntimeException {
        StoryFailed(String message) {
            super(message);
        }
    }

    private final String gateway;
    private final String realm;
    private final String phase;
    private final Duration awaitBound;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Queue<String> requests = new ConcurrentLinkedQueue<>();
    private final Queue<String> waits = new ConcurrentLinkedQueue<>();
    private final Queue<String> stories = new ConcurrentLinkedQueue<>();
    private final AtomicInteger storyCounter = new AtomicInteger();
    private String committee;
    private String fundingCall;
    private String greenChannelAgreement;
    private String demoExpertProfile;

    StoryLoadDriver(String gateway, String realm, String phase, Duration awaitBound) {
        this.gateway = gateway;
        this.realm = realm;
        this.phase = phase;
        this.awaitBound = awaitBound;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 7 && args[0].equals("seed")) {
            seedDemo(args);
            System.exit(0);
        }
        if (args.length < 7 || !args[0].equals("run")) {
            System.err.println("usage: StoryLoadDriver run GATEWAY REALM USERS DURATION_S PHASE OUT_DIR [AWAIT_S]\n"
                    + "       StoryLoadDriver seed GOVERNANCE TALENT CURRICULUM INCUBATION FUNDING REALM (service URLs)");
            System.exit(2);
        }
        int users = Integer.parseInt(args[3]);
        Duration duration = Duration.ofSeconds(Long.parseLong(args[4]));
        Duration await = Duration.ofSeconds(args.length > 7 ? Long.parseLong(args[7]) : 240);
        StoryLoadDriver driver = new StoryLoadDriver(args[1], args[2], args[5], await);
        driver.run(users, duration, Path.of(args[6]));
        System.exit(0);
    }

    /**
     * The demo data of all five services, as {@code helix up} seeds it (the demo expert, ACTIVE part-time teacher at
     * Riverside, is story c's mentor).
     */
    private static void seedDemo(String[] args) {
        new org.helix.local.DemoData(Map.of(org.helix.local.App.GOVERNANCE, args[1],
                org.helix.local.App.TALENT_EXCHANGE, args[2], org.helix.local.App.CURRICULUM, args[3],
                org.helix.local.App.INCUBATION, args[4], org.helix.local.App.FUNDING, args[5]), args[6])
                .seed(message -> System.err.println("[story-load] " + message));
    }

    void run(int users, Duration duration, Path out) throws Exception {
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
        loginAll();
        refresher.scheduleAtFixedRate(() -> {
            try {
                loginAll();
            } catch (RuntimeException e) {
                System.err.println("[story-load] token refresh failed (kept the old ones): " + e.getMessage());
            }
        }, 120, 120, TimeUnit.SECONDS);
        prepare();
        long start = System.currentTimeMillis();
        long deadline = start + duration.toMillis();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        for (int user = 0; user < users; user++) {
            int first = user;
            pool.submit(() -> {
                for (int turn = first; System.currentTimeMillis() < deadline; turn++) {
                    story((char) ('a' + turn % 4));
                }
            });
        }
        pool.shutdown();
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            System.err.printf("[story-load] %s: %d stories done, %ds%n", phase, stories.size(),
                    (System.currentTimeMillis() - start) / 1000);
        }
        refresher.shutdownNow();
        write(out.resolve(phase + "-requests.csv"), "at_ms,story,step,status,micros", requests);
        write(out.resolve(phase + "-waits.csv"), "story,step,millis,ok", waits);
        write(out.resolve(phase + "-stories.csv"), "kind,number,variant,outcome,ids,reason", stories);
        System.err.printf("[story-load] %s: %d stories, %d answers in %d s%n", phase, stories.size(), requests.size(),
                (System.currentTimeMillis() - start) / 1000);
    }

    private static void write(Path file, String header, Queue<String> lines) throws IOException {
        try (PrintWriter writer = new PrintWriter(Files.newBufferedWriter(file))) {
            writer.println(header);
            lines.forEach(writer::println);
        }
    }

    /** The run's own committee, call and green-channel agreement (unique names), and the demo expert's profile. */
    private void prepare() {
        String tag = phase + " " + UUID.randomUUID().toString().substring(0, 8);
        committee = created(call("setup", "committee", "gov-officer", "POST", "/api/governance/committees",
                Map.of("name", "Story load " + tag, "tier", "MACRO")));
        for (String[] member : new String[][] {{RIVERSIDE, "CHAIR"}, {NOVA, "MEMBER"}}) {
            expect(call("setup", "member", "secretariat", "POST", "/api/governance/committees/" + committee
                    + "/members", Map.of("organisationId", member[0], "position", member[1])), 201);
        }
        fundingCall = created(call("setup", "call", "funder", "POST", "/api/funding/calls", Map.ofEntries(
                Map.entry("funderOrganisationId", BANK), Map.entry("title", "Story load grants " + tag),
                Map.entry("description", "Grants for the story load benchmark"),
                Map.entry("budget", "900000000.00"), Map.entry("currency", "CNY"), Map.entry("moneyKind", "GRANT"),
                Map.entry("targetKind", "PROJECT"), Map.entry("eligibleApplicantTypes", List.of("SCHOOL")),
                Map.entry("opensOn", LocalDate.now().minusDays(1).toString()),
                Map.entry("closesOn", LocalDate.now().plusDays(30).toString()),
                Map.entry("maxAward", "300000.00"), Map.entry("reviewThreshold", "3.00"))));
        LocalDate today = LocalDate.now();
        greenChannelAgreement = created(call("setup", "agreement", "school-admin", "POST",
                "/api/governance/agreements", Map.of("title", "Story load teaching " + tag,
                        "kind", "SCHOOL_ENTERPRISE", "startDate", today.toString(),
                        "endDate", today.plusYears(1).toString(), "parties", List.of(
                                party(RIVERSIDE, "50.00", "50.00", "Rooms and students"),
                                party(NOVA, "50.00", "50.00", "Engineers' time")))));
        expect(call("setup", "sign", "school-admin", "POST", "/api/governance/agreements/" + greenChannelAgreement
                + "/signatures", null), 200);
        expect(call("setup", "sign", "enterprise-rep", "POST", "/api/governance/agreements/"
                + greenChannelAgreement + "/signatures", null), 200);
        Answer expert = call("setup", "expert-profile", "school-admin", "GET",
                "/api/talent-exchange/profiles?person=" + subject("expert"), null);
        demoExpertProfile = expert.body().path("items").path(0).path("id").asText(null);
        if (demoExpertProfile == null) {
            throw new StoryFailed("the demo expert has no talent profile: seed the demo first");
        }
        System.err.printf("[story-load] %s: committee %s, call %s, green-channel agreement %s%n", phase, committee,
                fundingCall, greenChannelAgreement);
    }

    private void story(char kind) {
        int number = storyCounter.incrementAndGet();
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        String variant = kind == 'c' && number % 3 == 0 ? "discontinued" : "-";
        String outcome = "completed";
        String reason = "";
        try {
            switch (kind) {
                case 'a' -> revision(ids);
                case 'b' -> greenChannelTeaching(ids);
                case 'c' -> funding(ids, variant.equals("discontinued"));
                default -> ledger(ids);
            }
        } catch (RuntimeException e) {
            outcome = "failed";
            reason = String.valueOf(e.getMessage()).replace(',', ';').replace('\n', ' ');
        }
        StringBuilder idList = new StringBuilder();
        ids.forEach((name, id) -> idList.append(idList.length() == 0 ? "" : ";").append(name).append('=').append(id));
        stories.add(kind + "," + number + "," + variant + "," + outcome + "," + idList + "," + reason);
    }

    // --- a: a CURRICULUM_REVISION resolution adopted → a DRAFT revision in curriculum ----------------------------
    private void revision(Map<String, String> ids) {
        String subject = "Story load subject " + UUID.randomUUID().toString().substring(0, 8);
        String resolution = created(call("a", "resolution", "school-admin", "POST", "/api/governance/committees/"
                + committee + "/resolutions", Map.of("title", "Revise the robotics curriculum", "text",
                "The committee asks Riverside to add a subject.", "kind", "CURRICULUM_REVISION",
                "schoolId", RIVERSIDE, "courseOrProgramme", subject)));
        ids.put("resolution", resolution);
        String path = "/api/governance/resolutions/" + resolution;
        expect(call("a", "open-voting", "secretariat", "POST", path + "/voting/open", null), 200);
        for (String voter : List.of("school-admin", "enterprise-rep")) {
            expect(call("a", "vote", voter, "POST", path + "/votes", Map.of("choice", "FOR")), 201);
        }
        Answer closed = expect(call("a", "close-voting", "secretariat", "POST", path + "/voting/close", null), 200);
        if (!"ADOPTED".equals(closed.text("status"))) {
            throw new StoryFailed("resolution not adopted: " + closed.body());
        }
        Answer revisions = await("a", "draft-revision", "school-admin", "/api/curriculum/revisions?resolution="
                + resolution, answer -> answer.status() == 200 && answer.body().path("total").asInt() == 1);
        JsonNode draft = revisions.body().path("items").path(0);
        if (!"DRAFT".equals(draft.path("status").asText()) || !subject.equals(draft.path("subject").asText())) {
            throw new StoryFailed("unexpected revision " + draft);
        }
        ids.put("revision", draft.path("id").asText());
    }

    // --- b: green-channel teaching → a section in curriculum → the student enrols ----------------------------------
    private void greenChannelTeaching(Map<String, String> ids) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String expert = created(call("b", "profile", "enterprise-rep", "POST", "/api/talent-exchange/profiles",
                Map.of("kind", "EXPERT", "organisationId", NOVA, "displayName", "Story Expert " + tag,
                        "titleRank", "INTERMEDIATE", "yearsOfExperience", 10, "skills", List.of("CNC machining"))));
        ids.put("profile", expert);
        LocalDate today = LocalDate.now();
        String appointment = created(call("b", "appointment", "school-admin", "POST",
                "/api/talent-exchange/appointments", Map.of("kind", "PART_TIME_TEACHING", "profileId", expert,
                        "hostOrganisationId", RIVERSIDE, "startDate", today.toString(),
                        "endDate", today.plusMonths(4).toString(), "hoursPerWeek", 1,
                        "activity", "CNC programming section", "payLines", List.of(Map.of(
                                "payerOrganisationId", RIVERSIDE, "amount", "150.00", "currency", "CNY",
                                "basis", "HOURLY")))));
        ids.put("appointment", appointment);
        Answer approved = expect(call("b", "approve", "school-admin", "POST", "/api/talent-exchange/appointments/"
                + appointment + "/approvals", null), 200);
        if (!approved.body().path("greenChannel").asBoolean() || !"ACTIVE".equals(approved.text("status"))) {
            throw new StoryFailed("not through the green channel: " + approved.body());
        }
        String programme = created(call("b", "programme", "school-admin", "POST", "/api/curriculum/programmes",
                Map.of("schoolId", RIVERSIDE, "name", "Story programme " + tag, "industry",
                        "Advanced manufacturing", "level", "HIGHER_VOCATIONAL")));
        String course = created(call("b", "course", "school-admin", "POST", "/api/curriculum/courses",
                Map.of("programmeId", programme, "code", "S" + tag, "content", Map.of("title", "Story course",
                        "type", "PRACTICAL", "credits", 2, "skillIds", List.of()))));
        String offering = created(call("b", "offering", "school-admin", "POST", "/api/curriculum/offerings",
                Map.of("courseId", course, "term", today.getYear() + "-AUTUMN")));
        await("b", "may-teach", "school-admin", "/api/curriculum/teachers/" + expert, answer ->
                answer.status() == 200 && answer.body().path("mayTeachAt").toString().contains(RIVERSIDE));
        String section = created(call("b", "section", "school-admin", "POST", "/api/curriculum/offerings/"
                + offering + "/sections", Map.of("label", "Expert", "teacherProfileId", expert, "capacity", 20)));
        ids.put("section", section);
        String enrolment = created(call("b", "enrol", "student", "POST", "/api/curriculum/sections/" + section
                + "/enrolments", null));
        ids.put("enrolment", enrolment);
    }

    // --- c: submitted → admitted → funded → milestone verified → tranche released (or discontinued → cancelled) ----
    private void funding(Map<String, String> ids, boolean discontinue) {
        String project = created(call("c", "submit", "student", "POST", "/api/incubation/projects", Map.of(
                "title", "Story project " + UUID.randomUUID().toString().substring(0, 8), "schoolId", RIVERSIDE,
                "sector", "Advanced manufacturing", "pitch", "A student venture of the story load benchmark")));
        ids.put("project", project);
        String path = "/api/incubation/projects/" + project;
        expect(call("c", "screening", "school-admin", "POST", path + "/screening", null), 200);
        expect(call("c", "admit", "admin", "POST", path + "/admission",
                Map.of("overrideReason", "Story load: admitted without reviews")), 200);
        Map<String, Object> application = Map.of("callId", fundingCall, "targetId", project, "title", "Start-up grant",
                "summary", "Tooling and a first production run", "requestedAmount", "100000.00");
        // funding accepts the project as a target once incubation's ProjectAdmitted has reached it (422 until then)
        Answer applied = awaitAnswer("c", "application", "school-admin", "POST", "/api/funding/applications",
                application, answer -> answer.status() == 201);
        String applicationPath = "/api/funding/applications/" + applied.text("id");
        for (String[] reviewer : List.of(new String[] {"association-rep", ASSOCIATION},
                new String[] {"gov-officer", GOVERNMENT})) {
            expect(call("c", "reviewer", "funder", "POST", applicationPath + "/reviewers", Map.of(
                    "reviewerSubject", subject(reviewer[0]), "reviewerOrganisationId", reviewer[1])), 200);
            expect(call("c", "review", reviewer[0], "POST", applicationPath + "/reviews", Map.of("relevance", 4,
                    "feasibility", 4, "impact", 5, "valueForMoney", 4, "conflictOfInterest", false)), 201);
        }
        LocalDate due = LocalDate.now();
        String award = created(call("c", "award", "funder", "POST", applicationPath + "/award", Map.of(
                "amount", "100000.00", "tranches", List.of(
                        Map.of("amount", "60000.00", "milestoneTitle", "Prototype", "dueDate",
                                due.plusMonths(2).toString()),
                        Map.of("amount", "40000.00", "milestoneTitle", "First customer", "dueDate",
                                due.plusMonths(4).toString())))));
        ids.put("award", award);
        if (discontinue) {
            expect(call("c", "discontinue", "school-admin", "POST", path + "/discontinue",
                    Map.of("reason", "The team left for industry jobs")), 200);
            await("c", "tranches-cancelled", "funder", "/api/funding/awards/" + award, answer ->
                    answer.status() == 200 && answer.body().path("tranches").toString().matches(
                            ".*CANCELLED.*CANCELLED.*") && !answer.body().path("tranches").toString().contains("PENDING"));
            return;
        }
        Answer milestones = await("c", "milestones", "student", path + "/milestones", answer ->
                answer.status() == 200 && count(answer.body(), "awardId", award) == 2);
        JsonNode first = null;
        for (JsonNode milestone : milestones.body()) {
            if (award.equals(milestone.path("awardId").asText()) && "Prototype".equals(milestone.path("title").asText())) {
                first = milestone;
            }
        }
        if (first == null) {
            throw new StoryFailed("no milestone 'Prototype' for award " + award + ": " + milestones.body());
        }
        ids.put("milestone", first.path("id").asText());
        String milestone = path + "/milestones/" + first.path("id").asText();
        expect(call("c", "mentor", "school-admin", "POST", path + "/mentors",
                Map.of("profileId", demoExpertProfile)), 201);
        expect(call("c", "evidence", "student", "POST", milestone + "/evidence", Map.of("evidence",
                "Ten fixtures printed and used on a real line", "version", first.path("version").asLong())), 200);
        expect(call("c", "verify", "expert", "POST", milestone + "/verification", null), 200);
        await("c", "tranche-released", "funder", "/api/funding/awards/" + award, answer -> answer.status() == 200
                && "RELEASED".equals(answer.body().path("tranches").path(0).path("status").asText()));
        await("c", "release-in-incubation", "student", path + "/funding", answer -> answer.status() == 200
                && "RELEASED".equals(answer.body().path("awards").path(0).path("tranches").path(0).path("status")
                .asText()));
        expect(call("c", "graduate", "school-admin", "POST", path + "/graduate",
                Map.of("reason", "Story load: the venture stands on its own")), 200);
    }

    // --- d: agreement signed → ledger opened → contributions → terminated → settled ---------------------------------
    private void ledger(Map<String, String> ids) {
        LocalDate today = LocalDate.now();
        String agreement = created(call("d", "agreement", "school-admin-2", "POST", "/api/governance/agreements",
                Map.of("title", "Story data lab " + UUID.randomUUID(), "kind", "SCHOOL_ENTERPRISE",
                        "startDate", today.plusDays(30).toString(), "endDate", today.plusYears(1).toString(),
                        "parties", List.of(party(LAKESIDE, "35.00", "42.50", "Lab rooms and students"),
                                party(ORBIT, "65.00", "57.50", "Servers and engineers")))));
        ids.put("agreement", agreement);
        String path = "/api/governance/agreements/" + agreement;
        expect(call("d", "sign", "school-admin-2", "POST", path + "/signatures", null), 200);
        Answer signed = expect(call("d", "sign", "enterprise-rep-2", "POST", path + "/signatures", null), 200);
        if (!"SIGNED".equals(signed.text("status"))) {
            throw new StoryFailed("agreement not SIGNED: " + signed.body());
        }
        Answer statement = await("d", "ledger-opened", "school-admin-2", "/api/funding/reports/agreements/"
                + agreement, answer -> answer.status() == 200);
        String ledger = statement.text("id");
        ids.put("ledger", ledger);
        String entries = "/api/funding/ledgers/" + ledger + "/entries";
        expect(call("d", "contribution", "enterprise-rep-2", "POST", entries, Map.of("kind", "CONTRIBUTION",
                "contributionKind", "EQUIPMENT", "organisationId", ORBIT, "amount", "20000.00",
                "description", "Two GPU servers", "occurredOn", today.toString())), 201);
        expect(call("d", "loss", "school-admin-2", "POST", entries, Map.of("kind", "LOSS", "amount", "100.03",
                "description", "A broken switch", "occurredOn", today.toString())), 201);
        expect(call("d", "terminate", "school-admin-2", "POST", path + "/terminate",
                Map.of("reason", "End of the story load")), 200);
        await("d", "ledger-settled", "enterprise-rep-2", "/api/funding/ledgers/" + ledger, answer ->
                answer.status() == 200 && "CLOSED".equals(answer.text("status")));
    }

    // --- HTTP -------------------------------------------------------------------------------------------------------

    /** One request as a user would make it: retried after 1 s while the answer is 502/503/504 or none came. */
    private Answer call(String story, String step, String user, String method, String path, Object body) {
        String idempotencyKey = UUID.randomUUID().toString();
        long giveUp = System.currentTimeMillis() + awaitBound.toMillis();
        while (true) {
            Answer answer = once(story, step, user, method, path, body, idempotencyKey);
            boolean unavailable = answer.status() == 0 || answer.status() == 502 || answer.status() == 503
                    || answer.status() == 504;
            if (!unavailable || System.currentTimeMillis() > giveUp) {
                return answer;
            }
            pause(1000);
        }
    }

    private Answer once(String story, String step, String user, String method, String path, Object body,
            String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.get(user))
                .header("Accept", "application/json");
        try {
            if (method.equals("GET")) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").header("Idempotency-Key", idempotencyKey)
                        .method(method, HttpRequest.BodyPublishers.ofString(body == null ? ""
                                : JSON.writeValueAsString(body)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        long started = System.nanoTime();
        int status;
        JsonNode json = null;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (!response.body().isBlank()) {
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    json = null;
                }
            }
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryFailed("interrupted");
        }
        requests.add(System.currentTimeMillis() + "," + story + "," + step + "," + status + ","
                + (System.nanoTime() - started) / 1000);
        return new Answer(status, json);
    }

    /** Polls a GET every second until the condition holds (bounded); records how long the effect took. */
    private Answer await(String story, String step, String user, String path, Predicate<Answer> done) {
        return awaitAnswer(story, step, user, "GET", path, null, done);
    }

    private Answer awaitAnswer(String story, String step, String user, String method, String path, Object body,
            Predicate<Answer> done) {
        long started = System.currentTimeMillis();
        long giveUp = started + awaitBound.toMillis();
        Answer last;
        while (true) {
            last = call(story, step, user, method, path, body);
            if (done.test(last)) {
                waits.add(story + "," + step + "," + (System.currentTimeMillis() - started) + ",true");
                return last;
            }
            if (System.currentTimeMillis() > giveUp) {
                waits.add(story + "," + step + "," + (System.currentTimeMillis() - started) + ",false");
                throw new StoryFailed(step + " not reached within " + awaitBound.toSeconds() + " s; last answer "
                        + last.status() + " " + last.body());
            }
            pause(1000);
        }
    }

    private static Answer expect(Answer answer, int status) {
        if (answer.status() != status) {
            throw new StoryFailed("expected " + status + ", got " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private static String created(Answer answer) {
        return expect(answer, 201).text("id");
    }

    private static int count(JsonNode array, String field, String value) {
        int n = 0;
        for (JsonNode item : array) {
            n += value.equals(item.path(field).asText()) ? 1 : 0;
        }
        return n;
    }

    private static Map<String, Object> party(String organisation, String risk, String benefit, String contribution) {
        return Map.of("organisationId", organisation, "riskShare", risk, "benefitShare", benefit,
                "contribution", contribution);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoryFailed("interrupted");
        }
    }

    // --- tokens -----------------------------------------------------------------------------------------------------

    private void loginAll() {
        for (String login : LOGINS) {
            tokens.put(login, login(login));
        }
    }

    private String login(String user) {
        String form = "grant_type=password&client_id=helix-portal&username=" + URLEncoder.encode(user,
                StandardCharsets.UTF_8) + "&password=helix-demo";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm
                            + "/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("login of " + user + ": " + response.statusCode());
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException("login of " + user + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String subject(String user) {
        String payload = tokens.get(user).split("\\.")[1];
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(payload)).path("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo data of the local run, written through the real APIs with a real token, idempotently: each record is
 * looked up first and created only when it is missing (with an {@code Idempotency-Key}), so seeding runs on every
 * {@code up}. Add further demo records (committees, ...) here as the services grow.
 */
public final class DemoData {

    /** The confidential client whose service account writes the demo data (demo secret {@code <client>-secret}). */
    public static final String SEEDING_CLIENT = "governance-service";

    public record Organisation(String id, String name, String type) {
    }

    public static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation("00000000-0000-4000-8000-000000000001", "Provincial Department of Education",
                    "GOVERNMENT"),
            new Organisation("00000000-0000-4000-8000-000000000002", "Riverside Vocational College", "SCHOOL"),
            new Organisation("00000000-0000-4000-8000-000000000003", "Nova Precision Manufacturing", "ENTERPRISE"),
            new Organisation("00000000-0000-4000-8000-000000000004", "Advanced Manufacturing Industry Association",
                    "INDUSTRY_ASSOCIATION"),
            new Organisation("00000000-0000-4000-8000-000000000005", "Helix Development Bank",
                    "FINANCIAL_INSTITUTION"),
            new Organisation("00000000-0000-4000-8000-000000000006", "Youth Entrepreneurship Foundation",
                    "SOCIAL_ORGANISATION"),
            new Organisation("00000000-0000-4000-8000-000000000007", "Helix Alliance Secretariat",
                    "SOCIAL_ORGANISATION"),
            new Organisation("00000000-0000-4000-8000-000000000012", "Lakeside Polytechnic", "SCHOOL"),
            new Organisation("00000000-0000-4000-8000-000000000013", "Orbit Digital Services", "ENTERPRISE"));

    /** How many records this run created and how many were there already. */
    public record Summary(int created, int existing) {
        Summary plus(boolean wasCreated) {
            return wasCreated ? new Summary(created + 1, existing) : new Summary(created, existing + 1);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<App, String> urls;
    private final String realmUrl;

    /** Governance's demo data only. @param governanceUrl e.g. {@code http://localhost:8081} */
    public DemoData(String governanceUrl, String realmUrl) {
        this(Map.of(App.GOVERNANCE, governanceUrl), realmUrl);
    }

    /**
     * @param urls where each service's API is served, e.g. governance at {@code http://localhost:8081}: the demo of
     *     every service given is seeded, in the order their demos build on each other (governance, then talent, then
     *     curriculum, incubation and funding, which use talent's people and governance's agreement)
     */
    public DemoData(Map<App, String> urls, String realmUrl) {
        this.urls = Map.copyOf(urls);
        this.realmUrl = realmUrl;
    }

    public Summary seed(Consumer<String> progress) {
        String governanceUrl = urls.get(App.GOVERNANCE);
        ApiClient secretariat = new ApiClient(http, governanceUrl, realmUrl, SEEDING_CLIENT);
        Summary organisations = seedOrganisations(secretariat);
        progress.accept("demo organisations: " + organisations.created() + " created, " + organisations.existing()
                + " already there");
        ApiClient government = new ApiClient(http, governanceUrl, realmUrl, GovernanceDemoData.GOVERNMENT_CLIENT);
        boolean governance = new GovernanceDemoData(secretariat, government).seed();
        progress.accept(governance ? "demo committees, members, meeting, resolution and agreement: created"
                : "demo committees, members, meeting, resolution and agreement: already there");
        String talentUrl = urls.get(App.TALENT_EXCHANGE);
        if (talentUrl == null) {
            return organisations;
        }
        TalentDemoData talentDemo = new TalentDemoData(http, governanceUrl, talentUrl, realmUrl);
        boolean talent = talentDemo.seed();
        progress.accept(talent ? "demo talent exchange (agreement ACTIVE, green-channel teaching, dual-pay practice, "
                + "assessments, practice plan): created" : "demo talent exchange: already there");
        if (urls.containsKey(App.CURRICULUM)) {
            boolean curriculum = new CurriculumDemoData(http, urls.get(App.CURRICULUM), realmUrl,
                    talentDemo::subjectOf).seed();
            progress.accept(curriculum ? "demo curriculum (mechatronics programme, CNC course, demand and a gap, a "
                    + "revision in review, two sections with the demo teacher and expert, enrolments, an internship, "
                    + "outcomes): created" : "demo curriculum: already there");
            boolean revision = new GovernanceDemoRevision(http, governanceUrl, urls.get(App.CURRICULUM), realmUrl)
                    .seed();
            progress.accept(revision ? "demo CURRICULUM_REVISION resolution adopted, its DRAFT revision of "
                    + GovernanceDemoRevision.COURSE + " opened: created" : "demo curriculum resolution: already there");
            boolean rating = new TeacherRatingDemo(http, urls.get(App.CURRICULUM), talentUrl, realmUrl).seed();
            progress.accept(rating ? "demo teacher rating (five students evaluated the expert's section, talent "
                    + "published it, curriculum shows it at next term's choice): created"
                    : "demo teacher rating: already there");
        }
        IncubationDemoData incubation = null;
        if (urls.containsKey(App.INCUBATION)) {
            incubation = new IncubationDemoData(http, talentUrl, urls.get(App.INCUBATION), realmUrl);
            progress.accept(incubation.seed() ? "demo incubation (three projects, a mentor, a park desk, a completed "
                    + "business registration, a training event): created" : "demo incubation: already there");
        }
        if (urls.containsKey(App.FUNDING)) {
            FundingDemoData funding = new FundingDemoData(http, governanceUrl, urls.get(App.FUNDING), realmUrl);
            progress.accept(funding.seed() ? "demo funding (loan and grant calls, a reviewed application, the demo "
                    + "agreement's ledger): created" : "demo funding: already there");
            if (incubation != null) {
                String project = incubation.incubatingProject();
                String award = funding.fundIncubatingProject(project);
                progress.accept("demo funding of the incubating project (an award in three tranches): there");
                incubation.verifyFirstFundedMilestone(project, award);
                progress.accept("demo project's first funded milestone verified by its mentor (releases the first "
                        + "tranche): there");
            }
        }
        return organisations;
    }

    private Summary seedOrganisations(ApiClient api) {
        Summary summary = new Summary(0, 0);
        for (Organisation organisation : ORGANISATIONS) {
            summary = summary.plus(ensure(api, organisation));
        }
        return summary;
    }

    /** Registers the organisation unless it exists (409 = someone registered it meanwhile); true if this call did. */
    private static boolean ensure(ApiClient api, Organisation organisation) {
        String path = "/api/governance/organisations";
        HttpResponse<String> found = api.get(path + "/" + organisation.id());
        if (found.statusCode() == 200) {
            return false;
        }
        if (found.statusCode() != 404) {
            throw ApiClient.unexpected("GET " + path + "/" + organisation.id(), found);
        }
        JsonNode created = api.post(path, organisation, "demo-org-" + organisation.id(), Set.of(201, 409));
        return created.has("id");
    }
}

package org.helix.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Funding's demo: Helix Development Bank's loan call for incubating projects and the Provincial Department of
 * Education's grant call for schools; Riverside's application to the grant call, reviewed by the association and the
 * bank; the ledger of the demo agreement between Riverside and Nova (opened by governance's AgreementSigned when the
 * talent demo signed it) with both parties' contributions and a benefit distribution. Written through the real API
 * by the partner clients of the organisations; skipped when the bank's loan call exists.
 * <p>
 * {@link #fundIncubatingProject} funds incubation's demo project from the loan call (application, two reviews, an
 * award in three tranches); incubation's demo then verifies the first milestone, which releases the first tranche.
 */
final class FundingDemoData {

    static final String LOAN_CALL_TITLE = "Start-up loans for incubating student projects";
    static final String GRANT_CALL_TITLE = "Vocational training base grants";
    private static final String FUNDING = "/api/funding";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String realmUrl;
    private final ApiClient bank;
    private final ApiClient government;
    private final ApiClient school;
    private final ApiClient enterprise;
    private final ApiClient association;
    private final ApiClient secretariat;
    private final ApiClient secretariatInGovernance;

    FundingDemoData(HttpClient http, String governanceUrl, String fundingUrl, String realmUrl) {
        this.http = http;
        this.realmUrl = realmUrl;
        this.bank = new ApiClient(http, fundingUrl, realmUrl, "partner-financial");
        this.government = new ApiClient(http, fundingUrl, realmUrl, "partner-government");
        this.school = new ApiClient(http, fundingUrl, realmUrl, "partner-school");
        this.enterprise = new ApiClient(http, fundingUrl, realmUrl, "partner-enterprise");
        this.association = new ApiClient(http, fundingUrl, realmUrl, "partner-association");
        this.secretariat = new ApiClient(http, fundingUrl, realmUrl, DemoData.SEEDING_CLIENT);
        this.secretariatInGovernance = new ApiClient(http, governanceUrl, realmUrl, DemoData.SEEDING_CLIENT);
    }

    /** Returns true when this call created the funding demo, false when it was there already. */
    boolean seed() {
        if (loanCall() != null) {
            return false;
        }
        for (String organisation : List.of(GovernanceDemoData.BANK, GovernanceDemoData.GOVERNMENT,
                GovernanceDemoData.RIVERSIDE, GovernanceDemoData.NOVA, GovernanceDemoData.ASSOCIATION)) {
            Waiting.until("organisation " + organisation + " in funding", () -> secretariat.get(FUNDING + "/organisations/"
                    + organisation).statusCode() == 200);
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate opens = today.withDayOfMonth(1);

        bank.post(FUNDING + "/calls", Map.ofEntries(Map.entry("funderOrganisationId", GovernanceDemoData.BANK),
                Map.entry("title", LOAN_CALL_TITLE),
                Map.entry("description", "Low-interest loans for student projects admitted to incubation, paid in "
                        + "tranches as their milestones are verified by mentors."),
                Map.entry("budget", "2000000.00"), Map.entry("currency", "CNY"), Map.entry("moneyKind", "LOAN"),
                Map.entry("loanRatePercent", "3.85"), Map.entry("loanTermMonths", 36),
                Map.entry("targetKind", "PROJECT"), Map.entry("eligibleApplicantTypes", List.of("SCHOOL")),
                Map.entry("opensOn", opens.toString()), Map.entry("closesOn", opens.plusMonths(6).toString()),
                Map.entry("maxAward", "300000.00"), Map.entry("reviewThreshold", "3.50")),
                "demo-funding-loan-call", Set.of(201));
        String grantCall = government.post(FUNDING + "/calls", Map.ofEntries(
                Map.entry("funderOrganisationId", GovernanceDemoData.GOVERNMENT),
                Map.entry("title", GRANT_CALL_TITLE),
                Map.entry("description", "Grants for schools equipping training bases with enterprises."),
                Map.entry("budget", "5000000.00"), Map.entry("currency", "CNY"), Map.entry("moneyKind", "GRANT"),
                Map.entry("targetKind", "SCHOOL"), Map.entry("eligibleApplicantTypes", List.of("SCHOOL")),
                Map.entry("opensOn", opens.toString()), Map.entry("closesOn", opens.plusMonths(3).toString()),
                Map.entry("maxAward", "500000.00")), "demo-funding-grant-call", Set.of(201)).path("id").asText();

        String application = school.post(FUNDING + "/applications", Map.of("callId", grantCall,
                "targetId", GovernanceDemoData.RIVERSIDE, "title", "CNC training base equipment",
                "summary", "Five CNC machining centres and measuring equipment for the training base shared with "
                        + "Nova Precision Manufacturing.", "requestedAmount", "360000.00"),
                "demo-funding-grant-application", Set.of(201)).path("id").asText();
        reviewBy(government, application, association, "partner-association", GovernanceDemoData.ASSOCIATION,
                Map.of("relevance", 5, "feasibility", 4, "impact", 5, "valueForMoney", 4,
                        "comment", "Fills the CNC gap the alliance reported", "conflictOfInterest", false));
        reviewBy(government, application, bank, "partner-financial", GovernanceDemoData.BANK,
                Map.of("relevance", 4, "feasibility", 4, "impact", 4, "valueForMoney", 3,
                        "comment", "Running costs to be shown", "conflictOfInterest", false));

        demoLedger(today);
        return true;
    }

    /**
     * Funds incubation's demo project (INCUBATING, of Riverside) from the bank's loan call: Riverside applies, the
     * association and the government review, the bank awards 300,000.00 in three tranches. Incubation creates one
     * milestone per tranche from AwardGranted; verifying the first there releases the first tranche here. Returns
     * the award's id (the existing one when the project was funded before).
     */
    String fundIncubatingProject(String projectId) {
        JsonNode call = loanCall();
        if (call == null) {
            throw new IllegalStateException("the bank's loan call is not seeded yet");
        }
        String callId = call.path("id").asText();
        JsonNode funded = bank.getJson(FUNDING + "/awards?call=" + callId + "&target=" + projectId);
        if (funded.path("total").asLong() > 0) {
            return funded.path("items").get(0).path("id").asText();
        }
        String[] application = new String[1];
        // incubation's ProjectAdmitted may still be on its way to funding
        Waiting.until("project " + projectId + " admitted, in funding", () -> {
            var response = school.get(FUNDING + "/applications?call=" + callId + "&target=" + projectId);
            JsonNode found = parse(response.body()).path("items");
            if (found.size() > 0) {
                application[0] = found.get(0).path("id").asText();
                return true;
            }
            JsonNode created = school.post(FUNDING + "/applications", Map.of("callId", callId,
                    "targetId", projectId, "title", "Start-up loan for the demo project",
                    "summary", "Tooling and a first production run, repaid over three years.",
                    "requestedAmount", "300000.00"), "demo-funding-project-application-" + projectId,
                    Set.of(201, 422));
            if (created.has("id")) {
                application[0] = created.path("id").asText();
                return true;
            }
            return false;
        });
        reviewBy(bank, application[0], association, "partner-association", GovernanceDemoData.ASSOCIATION,
                Map.of("relevance", 5, "feasibility", 4, "impact", 4, "valueForMoney", 4,
                        "conflictOfInterest", false));
        reviewBy(bank, application[0], government, "partner-government", GovernanceDemoData.GOVERNMENT,
                Map.of("relevance", 4, "feasibility", 4, "impact", 5, "valueForMoney", 4,
                        "conflictOfInterest", false));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return bank.post(FUNDING + "/applications/" + application[0] + "/award", Map.of("amount", "300000.00",
                "tranches", List.of(
                        Map.of("amount", "120000.00", "milestoneTitle", "Working prototype",
                                "dueDate", today.plusMonths(2).toString()),
                        Map.of("amount", "100000.00", "milestoneTitle", "First ten paying customers",
                                "dueDate", today.plusMonths(6).toString()),
                        Map.of("amount", "80000.00", "milestoneTitle", "Company registered and break-even",
                                "dueDate", today.plusMonths(12).toString()))),
                "demo-funding-project-award-" + projectId, Set.of(201)).path("id").asText();
    }

    /** The demo agreement's ledger: contributions of both parties and a benefit distributed 45/55. */
    private void demoLedger(LocalDate today) {
        String agreement = demoAgreement();
        if (agreement == null) {
            return;
        }
        String[] ledger = new String[1];
        Waiting.until("the demo agreement's ledger in funding", () -> {
            var response = secretariat.get(FUNDING + "/reports/agreements/" + agreement);
            if (response.statusCode() == 200) {
                ledger[0] = parse(response.body()).path("id").asText();
                return true;
            }
            return false;
        });
        String entries = FUNDING + "/ledgers/" + ledger[0] + "/entries";
        school.post(entries, Map.of("kind", "CONTRIBUTION", "contributionKind", "STAFF_HOURS",
                "organisationId", GovernanceDemoData.RIVERSIDE, "amount", "120000.00",
                "description", "Two teachers for the training base, one year", "occurredOn", today.toString()),
                "demo-funding-ledger-riverside", Set.of(201));
        enterprise.post(entries, Map.of("kind", "CONTRIBUTION", "contributionKind", "EQUIPMENT",
                "organisationId", GovernanceDemoData.NOVA, "amount", "380000.00",
                "description", "Three CNC machining centres on loan to the training base",
                "occurredOn", today.toString()), "demo-funding-ledger-nova", Set.of(201));
        school.post(entries, Map.of("kind", "BENEFIT", "amount", "86000.01",
                "description", "Contract machining orders completed by apprentices", "occurredOn", today.toString()),
                "demo-funding-ledger-benefit", Set.of(201));
    }

    /** The signed (or active) demo agreement between Riverside and Nova, if governance has one. */
    private String demoAgreement() {
        JsonNode agreements = secretariatInGovernance.getJson("/api/governance/agreements?kind=SCHOOL_ENTERPRISE"
                + "&party=" + GovernanceDemoData.RIVERSIDE + "&size=100");
        for (JsonNode agreement : agreements.path("items")) {
            String status = agreement.path("status").asText();
            if (TalentDemoData.AGREEMENT_TITLE.equals(agreement.path("title").asText())
                    && (status.equals("SIGNED") || status.equals("ACTIVE"))) {
                return agreement.path("id").asText();
            }
        }
        return null;
    }

    private JsonNode loanCall() {
        JsonNode calls = bank.getJson(FUNDING + "/calls?funder=" + GovernanceDemoData.BANK + "&size=100");
        for (JsonNode call : calls.path("items")) {
            if (LOAN_CALL_TITLE.equals(call.path("title").asText())) {
                return call;
            }
        }
        return null;
    }

    /** The funder assigns the partner client's service account as reviewer, which then reviews. */
    private void reviewBy(ApiClient funder, String application, ApiClient reviewer, String reviewerClient,
            String reviewerOrganisation, Map<String, Object> scores) {
        String path = FUNDING + "/applications/" + application;
        funder.post(path + "/reviewers", Map.of("reviewerSubject", subjectOf(reviewerClient),
                "reviewerOrganisationId", reviewerOrganisation), null, Set.of(200, 409));
        reviewer.post(path + "/reviews", scores, null, Set.of(201, 409));
    }

    /** The Keycloak subject of a partner client's service account (the {@code sub} of its token). */
    private String subjectOf(String client) {
        String token = ClientCredentials.accessToken(http, realmUrl, client, client + "-secret");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).path("sub").asText();
        } catch (IOException e) {
            throw new IllegalStateException("a token of " + client + " is not a JWT", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + body, e);
        }
    }

}

package org.helix.funding.award;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.helix.platform.testing.HelixTestResource;
import org.helix.platform.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.helix.funding.FundingFixtures.API;
import static org.helix.funding.FundingFixtures.RIVERSIDE_COLLEGE;
import static org.helix.funding.FundingFixtures.admittedProject;
import static org.helix.funding.FundingFixtures.application;
import static org.helix.funding.FundingFixtures.apply;
import static org.helix.funding.FundingFixtures.as;
import static org.helix.funding.FundingFixtures.demoOrganisations;
import static org.helix.funding.FundingFixtures.projectCall;
import static org.helix.funding.FundingFixtures.reviewed;
import static org.helix.funding.FundingFixtures.scores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The budget is never over-committed however awards race: 50 awards of 1,000.00–1,000.49 sent at once, over real
 * HTTP, against a call whose budget (10,004.90) holds any 10 of them and no 11: exactly 10 are granted, 40 get 409
 * budget-exceeded, and the call's committed is the sum of the 10 granted amounts to the cent.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "funding"))
class BudgetUnderConcurrencyTest {

    private static final int AWARDS = 50;

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void fiftyParallelAwardsAgainstABudgetForTenGrantExactlyTen() {
        demoOrganisations();
        UUID call = projectCall("10004.90", "2000.00");
        List<UUID> applications = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < AWARDS; i++) {
            BigDecimal amount = new BigDecimal("1000.00").add(new BigDecimal(i).movePointLeft(2));
            UUID application = apply("school-admin", application(call, admittedProject(RIVERSIDE_COLLEGE),
                    amount.toPlainString()));
            reviewed(application, scores(4), scores(4));
            applications.add(application);
            amounts.add(amount);
        }

        String token = Tokens.user("funder");
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < AWARDS; i++) {
            String amount = amounts.get(i).toPlainString();
            String body = "{\"amount\":\"" + amount + "\",\"tranches\":[{\"amount\":\"" + amount + "\","
                    + "\"milestoneTitle\":\"Prototype\",\"dueDate\":\"2030-01-01\"}]}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/funding/applications/"
                            + applications.get(i) + "/award"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        BigDecimal granted = BigDecimal.ZERO.setScale(2);
        int created = 0;
        int refused = 0;
        for (int i = 0; i < AWARDS; i++) {
            HttpResponse<String> response = sent.get(i).join();
            if (response.statusCode() == 201) {
                created++;
                granted = granted.add(amounts.get(i));
            } else {
                assertEquals(409, response.statusCode(), response.body());
                assertTrue(response.body().contains("budget-exceeded"), response.body());
                refused++;
            }
        }

        assertEquals(10, created, "granted");
        assertEquals(40, refused, "refused");
        Map<String, Object> after = as("funder").get(API + "/calls/" + call).then().statusCode(200).extract()
                .as(Map.class);
        assertEquals(0, granted.compareTo(new BigDecimal(after.get("committed").toString())),
                "committed " + after.get("committed") + " vs granted " + granted);
        assertEquals(0, new BigDecimal("10004.90").subtract(granted).compareTo(
                new BigDecimal(after.get("remaining").toString())), "remaining " + after.get("remaining"));
        int awarded = as("funder").queryParam("call", call).queryParam("size", 100).get(API + "/awards").then()
                .statusCode(200).extract().path("total");
        assertEquals(10, awarded);
    }
}

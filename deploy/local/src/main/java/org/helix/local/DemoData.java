package org.helix.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
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

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String governanceUrl;
    private final String realmUrl;

    /** @param governanceUrl where the governance API is served, e.g. {@code http://localhost:8081} */
    public DemoData(String governanceUrl, String realmUrl) {
        this.governanceUrl = governanceUrl;
        this.realmUrl = realmUrl;
    }

    public Summary seed(Consumer<String> progress) {
        String token = ClientCredentials.accessToken(http, realmUrl, SEEDING_CLIENT, SEEDING_CLIENT + "-secret");
        Summary organisations = seedOrganisations(token);
        progress.accept("demo organisations: " + organisations.created() + " created, " + organisations.existing()
                + " already there");
        return organisations;
    }

    private Summary seedOrganisations(String token) {
        Summary summary = new Summary(0, 0);
        String collection = governanceUrl + "/api/governance/organisations";
        for (Organisation organisation : ORGANISATIONS) {
            boolean created = ensure(token, collection + "/" + organisation.id(), collection,
                    "demo-org-" + organisation.id(), organisation);
            summary = summary.plus(created);
        }
        return summary;
    }

    /**
     * Creates a record unless it exists: GET {@code resourceUrl}; on 404, POST {@code body} to {@code collectionUrl}
     * (201 = created, 409 = someone created it meanwhile). Returns whether this call created it.
     */
    private boolean ensure(String token, String resourceUrl, String collectionUrl, String idempotencyKey,
            Object body) {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(resourceUrl))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET(), "GET " + resourceUrl);
        if (found.statusCode() == 200) {
            return false;
        }
        if (found.statusCode() != 404) {
            throw unexpected("GET " + resourceUrl, found);
        }
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(collectionUrl))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json(body))), "POST " + collectionUrl);
        if (created.statusCode() == 201) {
            return true;
        }
        if (created.statusCode() == 409) {
            return false;
        }
        throw unexpected("POST " + collectionUrl + " (" + idempotencyKey + ")", created);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static IllegalStateException unexpected(String what, HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return new IllegalStateException(what + " answered " + response.statusCode() + ": "
                + (body.length() > 500 ? body.substring(0, 500) + "..." : body));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

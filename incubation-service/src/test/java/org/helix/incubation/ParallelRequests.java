package org.helix.incubation;

import org.helix.platform.testing.Tokens;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** Requests built first and then sent together, for the properties that must hold under concurrency. */
public final class ParallelRequests {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URL base;

    public ParallelRequests(URL base) {
        this.base = base;
    }

    /** A POST of {@code body} (empty: none) to {@code path} (relative to the application's root) as {@code user}. */
    public HttpRequest post(String path, String body, String user) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + Tokens.user(user))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends the requests together and groups the answers by status. */
    public Map<Integer, List<HttpResponse<String>>> allAtOnce(List<HttpRequest> requests) {
        List<CompletableFuture<HttpResponse<String>>> sent = requests.stream()
                .map(r -> http.sendAsync(r, HttpResponse.BodyHandlers.ofString())).toList();
        return sent.stream().map(CompletableFuture::join).collect(Collectors.groupingBy(HttpResponse::statusCode));
    }
}

package org.helix.gateway;

import java.util.Optional;
import java.util.stream.Collectors;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpClient;
import io.vertx.ext.web.RoutingContext;

/** Handles {@code /api/{service}/...}: finds the service's upstream and proxies the exchange to it. */
public class ProxyHandler implements Handler<RoutingContext> {

    /** Where Quarkus' HTTP server metrics look for the route template to tag a request with. */
    static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final UpstreamRegistry registry;
    private final HttpClient client;
    private final ProxySettings settings;

    public ProxyHandler(UpstreamRegistry registry, HttpClient client, ProxySettings settings) {
        this.registry = registry;
        this.client = client;
        this.settings = settings;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<String> service = ApiPath.serviceOf(ctx.normalizedPath());
        Optional<Upstream> upstream = service.flatMap(registry::find);
        if (upstream.isEmpty()) {
            ctx.request().resume(); // read and drop any body so the connection stays usable
            ProblemResponder.send(ctx, ProblemType.UNKNOWN_SERVICE, service
                    .map(name -> "There is no service '" + name + "'.")
                    .orElse("The path names no service.")
                    + " Known services: " + knownServices() + "; paths look like /api/{service}/...");
            return;
        }
        // one metrics series per service, not one per path (paths carry ids)
        ContextLocals.put(URL_PATH_TEMPLATE, ApiPath.PREFIX + upstream.get().name() + "/**");
        new ProxyExchange(ctx, upstream.get(), client, settings).start();
    }

    private String knownServices() {
        return registry.all().stream().map(Upstream::name).collect(Collectors.joining(", "));
    }
}

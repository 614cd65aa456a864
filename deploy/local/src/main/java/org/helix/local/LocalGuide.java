package org.helix.local;

import org.helix.platform.infra.ServerEndpoints;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code helix up} prints once everything runs: URLs, logins, a curl to try, where logs are, how to stop. */
final class LocalGuide {

    static final List<String> DEMO_USERS = List.of("admin", "secretariat", "gov-officer", "school-admin", "teacher",
            "student", "student2", "student3", "student4", "student5", "enterprise-rep", "expert", "association-rep",
            "funder");
    static final String DEMO_PASSWORD = "helix-demo";
    static final List<String> PARTNER_CLIENTS = List.of("partner-government", "partner-school",
            "partner-enterprise", "partner-association", "partner-financial", "partner-social");
    static final String PORTAL_CLIENT = "helix-portal";

    private LocalGuide() {
    }

    static String text(ServerEndpoints servers, PortPlan ports, Path state, boolean appsRunning) {
        StringBuilder out = new StringBuilder();
        out.append('\n').append("Helix is up.").append('\n').append('\n');
        if (appsRunning) {
            String gateway = ports.url(App.GATEWAY);
            out.append("Gateway (the one public entry, /api/{service}/...): ").append(gateway).append('\n');
            out.append("  all APIs in one document: ").append(gateway).append("/openapi").append('\n');
            out.append("  Swagger UI (Authorize = log in as a demo user): ").append(gateway).append("/q/swagger-ui/")
                    .append('\n').append('\n');
            out.append(String.format(Locale.ROOT, "%-24s %-24s %-44s %s%n", "service", "URL", "Swagger UI",
                    "OpenAPI"));
            for (App service : App.services()) {
                String url = ports.url(service);
                out.append(String.format(Locale.ROOT, "%-24s %-24s %-44s %s%n", service.module(), url,
                        url + "/q/swagger-ui", url + "/q/openapi"));
            }
            out.append('\n');
        } else {
            out.append("Servers only (--servers-only): no app was started.").append('\n').append('\n');
        }
        out.append("Keycloak:        ").append(servers.keycloakUrl()).append("  (realm ").append(servers.realmUrl())
                .append(")\n");
        out.append("  admin console: ").append(servers.keycloakUrl()).append("/admin/  login admin / admin\n");
        out.append("PostgreSQL:      ").append(servers.postgresHost()).append(':').append(servers.postgresPort())
                .append("  (database = role = password per service: governance, talent, incubation, curriculum, "
                        + "funding)\n");
        out.append("Kafka:           ").append(servers.kafkaBootstrapServers()).append('\n').append('\n');

        out.append("Demo users (password ").append(DEMO_PASSWORD).append(", through public client ")
                .append(PORTAL_CLIENT).append("):\n  ").append(String.join(", ", DEMO_USERS)).append('\n');
        out.append("Partner clients (client credentials, secret <client>-secret):\n  ")
                .append(String.join(", ", PARTNER_CLIENTS)).append('\n').append('\n');

        String tokenUrl = ClientCredentials.tokenEndpoint(servers.realmUrl());
        out.append("Try it (a user token, then the organisations through the gateway):\n");
        out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=").append(PORTAL_CLIENT)
                .append(" -d username=secretariat -d password=").append(DEMO_PASSWORD).append(" \\\n")
                .append("    ").append(tokenUrl)
                .append(" | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')\n");
        out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(ports.url(App.GATEWAY))
                .append("/api/governance/organisations\n");
        out.append("  (a partner system: -d grant_type=client_credentials -d client_id=partner-school "
                + "-d client_secret=partner-school-secret)\n\n");

        out.append("Logs:   ").append(state.resolve("logs")).append("/<process>.log\n");
        out.append("Status: deploy/local/helix status\n");
        out.append("Stop:   deploy/local/helix down     (data kept; `up` again resumes)\n");
        out.append("Reset:  deploy/local/helix reset    (stops everything and deletes ").append(state)
                .append(")\n");
        return out.toString();
    }
}

package org.helix.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.helix.gateway.upstream.ApiPath;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' OpenAPI documents into the one a client of the gateway sees.
 * <ul>
 * <li>Paths: each service's paths under {@code /api/{service}} (the only ones the gateway routes to it), unchanged,
 * since the services already document them with that prefix. Anything else a service documents is left out.</li>
 * <li>Components: a name defined identically by several services (the platform's {@code Problem}, say) is kept
 * once; a name with different definitions becomes {@code {Service}{Name}} in each service, and its
 * {@code $ref}s follow.</li>
 * <li>Security: the services' own schemes are replaced by one OAuth2 scheme, {@value #SCHEME}, pointing at the
 * realm: authorization code (the portal client, with PKCE) and client credentials (partner systems). Every
 * operation that required any scheme requires it; an operation declared public ({@code security: []}) stays
 * public.</li>
 * </ul>
 */
public final class OpenApiMerger {

    public static final String SCHEME = "helix-oauth2";
    private static final String SCHEMA_REF_PREFIX = "#/components/";

    private OpenApiMerger() {
    }

    /**
     * @param documents service name → its document, in the order to merge
     * @param unavailable service name → why its document could not be had
     * @param realmUrl the realm as a browser reaches it
     */
    public static JsonObject merge(Map<String, JsonObject> documents, Map<String, String> unavailable,
            String realmUrl) {
        JsonObject merged = new JsonObject();
        merged.put("openapi", documents.values().stream().map(d -> d.getString("openapi")).filter(Objects::nonNull)
                .findFirst().orElse("3.0.3"));
        StringBuilder description = new StringBuilder(
                "All Helix services through the gateway. Sign in with the portal client (authorization code with PKCE)"
                        + " or, for partner systems, with client credentials. Every path is /api/{service}/...");
        if (!unavailable.isEmpty()) {
            description.append("\n\nNot included right now (document unavailable): ")
                    .append(String.join(", ", unavailable.keySet())).append('.');
        }
        merged.put("info", new JsonObject().put("title", "Helix API").put("version", "1")
                .put("description", description.toString()));
        merged.put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                .put("description", "this gateway")));
        merged.put("security", new JsonArray().add(new JsonObject().put(SCHEME, new JsonArray())));

        Map<String, Map<String, String>> renames = componentRenames(documents);
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        documents.forEach((service, document) -> {
            Map<String, String> serviceRenames = renames.getOrDefault(service, Map.of());
            JsonObject rewritten = (JsonObject) rewrite(document.copy(), serviceRenames);
            JsonObject servicePaths = rewritten.getJsonObject("paths", new JsonObject());
            String prefix = ApiPath.PREFIX + service;
            servicePaths.forEach(entry -> {
                if (entry.getKey().equals(prefix) || entry.getKey().startsWith(prefix + "/")) {
                    paths.put(entry.getKey(), withGatewaySecurity((JsonObject) entry.getValue()));
                }
            });
            JsonObject serviceComponents = rewritten.getJsonObject("components", new JsonObject());
            serviceComponents.forEach(section -> {
                if (section.getKey().equals("securitySchemes") || !(section.getValue() instanceof JsonObject)) {
                    return;
                }
                JsonObject target = components.getJsonObject(section.getKey());
                if (target == null) {
                    target = new JsonObject();
                    components.put(section.getKey(), target);
                }
                JsonObject into = target;
                ((JsonObject) section.getValue()).forEach(component -> {
                    String name = serviceRenames.getOrDefault(section.getKey() + "/" + component.getKey(),
                            component.getKey());
                    into.put(name, component.getValue());
                });
            });
            JsonArray serviceTags = rewritten.getJsonArray("tags", new JsonArray());
            for (Object tag : serviceTags) {
                if (tag instanceof JsonObject tagObject && tagObject.getString("name") != null) {
                    tags.putIfAbsent(tagObject.getString("name"), tagObject);
                }
            }
        });
        merged.put("paths", paths);
        components.put("securitySchemes", new JsonObject().put(SCHEME, securityScheme(realmUrl)));
        merged.put("components", components);
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        }
        return merged;
    }

    static JsonObject securityScheme(String realmUrl) {
        String base = realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1) : realmUrl;
        String tokenUrl = base + "/protocol/openid-connect/token";
        JsonObject scopes = new JsonObject().put("openid", "OpenID Connect sign-in");
        return new JsonObject()
                .put("type", "oauth2")
                .put("description", "Keycloak realm helix. Browsers: client helix-portal, authorization code with "
                        + "PKCE (S256). Partner systems: their own client, client credentials.")
                .put("flows", new JsonObject()
                        .put("authorizationCode", new JsonObject()
                                .put("authorizationUrl", base + "/protocol/openid-connect/auth")
                                .put("tokenUrl", tokenUrl)
                                .put("refreshUrl", tokenUrl)
                                .put("scopes", scopes))
                        .put("clientCredentials", new JsonObject()
                                .put("tokenUrl", tokenUrl)
                                .put("scopes", new JsonObject())));
    }

    /** For each service, {@code section/name → new name} of the components it must rename. */
    private static Map<String, Map<String, String>> componentRenames(Map<String, JsonObject> documents) {
        Map<String, Map<String, Object>> definitions = new HashMap<>(); // section/name → service → definition
        documents.forEach((service, document) -> {
            JsonObject components = document.getJsonObject("components", new JsonObject());
            components.forEach(section -> {
                if (section.getKey().equals("securitySchemes") || !(section.getValue() instanceof JsonObject)) {
                    return;
                }
                ((JsonObject) section.getValue()).forEach(component -> definitions
                        .computeIfAbsent(section.getKey() + "/" + component.getKey(), k -> new LinkedHashMap<>())
                        .put(service, component.getValue()));
            });
        });
        Map<String, Map<String, String>> renames = new HashMap<>();
        definitions.forEach((key, byService) -> {
            if (byService.values().stream().distinct().count() <= 1) {
                return; // one definition, or the same everywhere: one shared component
            }
            String section = key.substring(0, key.indexOf('/'));
            String name = key.substring(key.indexOf('/') + 1);
            byService.keySet().forEach(service -> renames.computeIfAbsent(service, s -> new HashMap<>())
                    .put(section + "/" + name, pascalCase(service) + name));
        });
        return renames;
    }

    /** Rewrites {@code $ref}s to renamed components, in place. */
    private static Object rewrite(Object node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return node;
        }
        if (node instanceof JsonObject object) {
            for (String field : List.copyOf(object.fieldNames())) {
                Object value = object.getValue(field);
                if (field.equals("$ref") && value instanceof String ref && ref.startsWith(SCHEMA_REF_PREFIX)) {
                    String key = ref.substring(SCHEMA_REF_PREFIX.length());
                    String renamed = renames.get(key);
                    if (renamed != null) {
                        object.put(field, SCHEMA_REF_PREFIX + key.substring(0, key.indexOf('/') + 1) + renamed);
                    }
                } else {
                    rewrite(value, renames);
                }
            }
        } else if (node instanceof JsonArray array) {
            for (Object item : array) {
                rewrite(item, renames);
            }
        }
        return node;
    }

    /** Every operation that requires some scheme requires the gateway's; explicitly public ones stay public. */
    private static JsonObject withGatewaySecurity(JsonObject pathItem) {
        for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
            JsonObject operation = pathItem.getJsonObject(method);
            if (operation == null) {
                continue;
            }
            JsonArray security = operation.getJsonArray("security");
            if (security == null) {
                continue; // inherits the document's: the gateway's scheme
            }
            boolean isPublic = security.isEmpty() || security.stream()
                    .allMatch(requirement -> requirement instanceof JsonObject r && r.isEmpty());
            operation.put("security", isPublic ? security
                    : new JsonArray().add(new JsonObject().put(SCHEME, new JsonArray())));
        }
        return pathItem;
    }

    static String pascalCase(String service) {
        StringBuilder name = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }
}

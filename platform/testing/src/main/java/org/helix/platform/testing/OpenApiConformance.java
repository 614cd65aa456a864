package org.helix.platform.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks that real responses match the OpenAPI document the service serves: for a GET of a documented path, the
 * status must be documented and the body must validate against that response's schema, with every {@code $ref}
 * resolved in the document (OpenAPI 3.1 schemas are JSON Schema 2020-12; 3.0 documents are read with their
 * {@code nullable} dialect). Formats ({@code uuid}, {@code date-time}, ...) are asserted too.
 * <p>
 * It remembers which GET operations answered a documented 2xx with a body that validated, so a test can demand that
 * every one of them was exercised: {@link #assertEveryGetOperationChecked(String)}.
 * <pre>{@code
 * OpenApiConformance api = OpenApiConformance.load("/q/openapi?format=json");
 * api.get(as("admin"), "/api/governance/organisations/{id}", id);
 * api.assertEveryGetOperationChecked("/api/governance");
 * }</pre>
 */
public final class OpenApiConformance {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}/]+}");
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");
    private static final Set<String> JSON_MEDIA_TYPES = Set.of("application/json", "application/problem+json");

    private final String name;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Set<String> checked = new TreeSet<>();

    private OpenApiConformance(String name, JsonNode document) {
        this.name = name;
        this.document = document;
        String version = document.path("openapi").asString("");
        SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDialect(
                version.startsWith("3.0") ? Dialects.getOpenApi30() : Dialects.getOpenApi31(),
                builder -> builder.schemaRegistryConfig(config));
    }

    /** The document at {@code url} (relative to RestAssured's base URI in a {@code @QuarkusTest}). */
    public static OpenApiConformance load(String url) {
        Response response = RestAssured.given().accept("application/json").get(url);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return of(url, response.asString());
    }

    public static OpenApiConformance of(String name, String documentJson) {
        return new OpenApiConformance(name, JSON.readTree(documentJson));
    }

    /** The path templates of every GET operation under {@code prefix}, as the document writes them. */
    public Set<String> getOperations(String prefix) {
        Set<String> templates = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (path.getKey().startsWith(prefix) && path.getValue().has("get")) {
                templates.add(path.getKey());
            }
        }
        return templates;
    }

    /**
     * Every operation under {@code prefix} as {@code "METHOD /path"} with the prefix cut off and the path template as
     * the document writes it (e.g. {@code "POST /things/{id}/notes"}): for a test that demands something of each
     * operation, such as a row in a permission table.
     */
    public Set<String> operations(String prefix) {
        Set<String> operations = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith(prefix)) {
                continue;
            }
            for (String method : HTTP_METHODS) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase(java.util.Locale.ROOT) + " "
                            + path.getKey().substring(prefix.length()));
                }
            }
        }
        return operations;
    }

    /**
     * GETs {@code template} with its variables replaced by {@code values} (in order), checks the response against
     * the document and returns it. The status must be a documented 2xx.
     */
    public Response get(RequestSpecification request, String template, Object... values) {
        Response response = request.get(expand(template, values));
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            fail(name + ": GET " + expand(template, values) + " answered " + response.statusCode() + ", not a 2xx: "
                    + response.asString());
        }
        check(template, response);
        return response;
    }

    /** Checks a response to a GET of {@code template} against the document. */
    public void check(String template, Response response) {
        List<String> violations = violations(template, response);
        if (!violations.isEmpty()) {
            fail(name + ": the response to GET " + template + " (" + response.statusCode()
                    + ") does not match the document:\n  " + String.join("\n  ", violations)
                    + "\nbody: " + abbreviated(response.asString()));
        }
        markChecked(template, response.statusCode());
    }

    /** Records a conforming response, for {@link #assertEveryGetOperationChecked}. */
    public void markChecked(String template, int statusCode) {
        if (statusCode >= 200 && statusCode <= 299) {
            checked.add(template);
        }
    }

    /** What is wrong with a response to a GET of {@code template}, per the document; empty when it conforms. */
    public List<String> violations(String template, Response response) {
        return violations(template, response.statusCode(), response.contentType(), response.asString());
    }

    /** What is wrong with a response (status, Content-Type, body) to a GET of {@code template}, per the document. */
    public List<String> violations(String template, int statusCode, String contentType, String body) {
        JsonNode operation = document.path("paths").path(template).path("get");
        if (operation.isMissingNode()) {
            return List.of("the document has no GET " + template);
        }
        String status = String.valueOf(statusCode);
        JsonNode responses = operation.path("responses");
        JsonNode documented = responses.has(status) ? responses.get(status)
                : responses.has(status.charAt(0) + "XX") ? responses.get(status.charAt(0) + "XX")
                : responses.get("default");
        if (documented == null) {
            return List.of("status " + status + " is not documented (documented: " + fieldNames(responses) + ")");
        }
        documented = resolve(documented);
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            return body == null || body.isEmpty() ? List.of() : List.of("a body is sent but status " + status + " documents none");
        }
        String mediaType = contentType == null ? "" : contentType.split(";")[0].trim();
        JsonNode media = content.has(mediaType) ? content.get(mediaType) : content.get("*/*");
        if (media == null) {
            return List.of("content type " + mediaType + " is not documented (documented: " + fieldNames(content)
                    + ")");
        }
        if (!media.has("schema")) {
            return List.of();
        }
        if (!JSON_MEDIA_TYPES.contains(mediaType)) {
            return List.of("content type " + mediaType + " is not JSON; cannot check it");
        }
        List<String> violations = new ArrayList<>();
        for (Error error : schema(media.get("schema")).validate(JSON.readTree(body))) {
            violations.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return violations;
    }

    /** Fails naming every GET operation under {@code prefix} that no check has seen answer a documented 2xx. */
    public void assertEveryGetOperationChecked(String prefix) {
        Set<String> missing = new LinkedHashSet<>(getOperations(prefix));
        missing.removeAll(checked);
        if (!missing.isEmpty()) {
            fail(name + ": GET operations not exercised against the document: " + missing);
        }
    }

    public Set<String> checkedOperations() {
        return Set.copyOf(checked);
    }

    /** A schema of the document as a standalone one: the document's components travel with it for its $refs. */
    private Schema schema(JsonNode schema) {
        ObjectNode standalone = JSON.createObjectNode();
        standalone.putArray("allOf").add(schema);
        standalone.set("components", document.path("components"));
        return registry.getSchema(standalone);
    }

    /** A response object may itself be a $ref to {@code #/components/responses/...}. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : document.at(ref.asString().substring(1));
    }

    /** {@code template} with its {@code {variables}} replaced by {@code values}, in order. */
    public static String expand(String template, Object... values) {
        Matcher matcher = TEMPLATE_VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        int index = 0;
        while (matcher.find()) {
            if (index >= values.length) {
                throw new IllegalArgumentException("no value for " + matcher.group() + " in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(values[index++])));
        }
        matcher.appendTail(path);
        if (index != values.length) {
            throw new IllegalArgumentException(values.length + " values for " + index + " variables of " + template);
        }
        return path.toString();
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.toString();
    }

    private static String abbreviated(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "...";
    }
}

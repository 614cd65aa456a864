package org.helix.platform.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Malformed requests against every operation of a service's own OpenAPI document: malformed path and query
 * parameters (always a 400 naming the parameter) and bodies built from each operation's schema with one thing broken
 * — wrong types, {@code 1E+400}, {@code -0}, {@code "NaN"}, nulls in lists, 10,000-character strings, NUL and lone
 * surrogates, deep nesting, missing and extra fields, not JSON at all. Never a 5xx, always problem+json, and the
 * domain tables are unchanged after every batch in which everything was refused. A service's test:
 * <pre>
 * new MalformedInputs(root, dataSource, "/api/governance", "organisation, committee, audit_record, helix_outbox")
 *         .pathParameter("committeeId", committee.toString())
 *         .run().assertNoneGotA5xxOrChangedTheDatabase();
 * </pre>
 * Requests go over one keep-alive {@code java.net.http} client: REST Assured spends hundreds of milliseconds of the
 * client's own CPU on some of these bodies (deeply nested ones), seconds on a loaded machine.
 */
public final class MalformedInputs {

    private static final int BATCH = 20;
    private static final int AT_LEAST = 2000;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One malformed request; {@code param}: a malformed parameter, which must be a 400. */
    public record Attempt(String method, String path, Map<String, String> query, String body, String what,
            boolean param) {
    }

    public record Answer(int status, String contentType, String body) {
    }

    /** What a run found: the requests sent, the statuses seen and what went wrong. */
    public record Report(int requests, int operations, Map<Integer, Integer> statuses, int unchecked,
            List<String> failures) {

        public void assertNoneGotA5xxOrChangedTheDatabase() {
            System.out.printf("Malformed input: sent %d requests over %d operations; statuses %s; %d in batches with "
                    + "an accepted request (database not compared)%n", requests, operations, statuses, unchecked);
            assertTrue(requests >= AT_LEAST, "at least 2,000 malformed requests, got " + requests);
            assertTrue(failures.isEmpty(), failures.size() + " failure(s):\n" + String.join("\n",
                    failures.subList(0, Math.min(30, failures.size()))));
        }
    }

    private final URL root;
    private final DataSource dataSource;
    private final String apiPrefix;
    private final String[] tables;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final Random random = new Random(20261129L);
    private Function<String, String> userForPath = path -> "admin";

    /**
     * @param root      the application's root URL ({@code @TestHTTPResource("/")})
     * @param apiPrefix only the operations under it are called, e.g. {@code /api/governance}
     * @param tables    the domain tables compared around each batch, comma-separated
     */
    public MalformedInputs(URL root, DataSource dataSource, String apiPrefix, String tables) {
        this.root = root;
        this.dataSource = dataSource;
        this.apiPrefix = apiPrefix;
        this.tables = tables.split(",\\s*");
    }

    /** A path parameter that gets this value wherever it is not the one being broken (others get random UUIDs). */
    public MalformedInputs pathParameter(String name, String value) {
        pathValues.put(name, value);
        return this;
    }

    /** Who sends the request to a path (a test user of the realm); admin, whose roles reach every operation, if not set. */
    public MalformedInputs sentAs(Function<String, String> userForPath) {
        this.userForPath = userForPath;
        return this;
    }

    /** Reads the service's OpenAPI document, sends the malformed requests and reports what came back. */
    public Report run() throws Exception {
        JsonObject openapi = new JsonObject(HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/q/openapi?format=json"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body());
        List<Attempt> attempts = attempts(openapi);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int unchecked = 0;
        // the requests of one batch go out together; the database is compared around each batch
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int start = 0; start < attempts.size(); start += BATCH) {
                List<Attempt> batch = attempts.subList(start, Math.min(attempts.size(), start + BATCH));
                String before = digest();
                List<Future<Answer>> responses = pool.invokeAll(batch.stream()
                        .map(attempt -> (Callable<Answer>) () -> send(attempt)).toList());
                boolean allRefused = true;
                for (int i = 0; i < batch.size(); i++) {
                    Attempt attempt = batch.get(i);
                    Answer response = responses.get(i).get();
                    int status = response.status();
                    statuses.merge(status, 1, Integer::sum);
                    allRefused &= status >= 400;
                    if (status >= 500) {
                        failures.add(status + " for " + attempt.what() + ": " + response.body());
                    } else if (status >= 400
                            && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add("not problem+json (" + response.contentType() + ") for " + attempt.what());
                    } else if (attempt.param() && status != 400) {
                        failures.add(status + " instead of 400 for " + attempt.what());
                    }
                }
                if (!allRefused) {
                    unchecked += batch.size();
                } else if (!before.equals(digest())) {
                    failures.add("the database changed although every request was refused: " + culprit(batch));
                }
            }
        } finally {
            pool.shutdown();
        }
        return new Report(attempts.size(), operations(openapi), statuses, unchecked, failures);
    }

    /** Replays a batch one request at a time to name the request that changed the database. */
    private String culprit(List<Attempt> batch) throws SQLException, IOException, InterruptedException {
        for (Attempt attempt : batch) {
            String before = digest();
            send(attempt);
            if (!before.equals(digest())) {
                return attempt.what();
            }
        }
        return "(not reproduced one by one) " + batch.stream().map(Attempt::what).toList();
    }

    /** The token comes from the cache, renewed before it expires. */
    private Answer send(Attempt attempt) throws IOException, InterruptedException {
        StringBuilder uri = new StringBuilder(base()).append(attempt.path());
        char separator = '?';
        for (Map.Entry<String, String> parameter : attempt.query().entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = '&';
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(asUri(uri.toString())))
                .header("Authorization", "Bearer " + Tokens.user(userForPath.apply(attempt.path())))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(attempt.method(), attempt.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(attempt.body()))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private String base() {
        return root.toString().replaceAll("/$", "");
    }

    /** The values are sent as generated (already percent-encoded ones stay so); only what a URI cannot hold is encoded. */
    private static String asUri(String raw) {
        StringBuilder uri = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) {
                uri.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    uri.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        }
        return uri.toString();
    }

    /**
     * What the domain tables hold, cheaply: per table the number of rows and the newest row version's transaction id
     * ({@code xmin}) — an insert or update raises the latter, a delete lowers the former.
     */
    private String digest() throws SQLException {
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i > 0 ? " || ' ' || " : "").append("(select count(*) || ':' || coalesce(max(xmin::text::bigint), 0)"
                    + " from ").append(tables[i]).append(")");
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql.toString())) {
            result.next();
            return result.getString(1);
        }
    }

    private static int operations(JsonObject openapi) {
        int count = 0;
        for (Map.Entry<String, Object> path : openapi.getJsonObject("paths")) {
            count += ((JsonObject) path.getValue()).fieldNames().stream().filter(MalformedInputs::isMethod).count();
        }
        return count;
    }

    private static boolean isMethod(String name) {
        return List.of("get", "post", "put", "patch", "delete").contains(name);
    }

    // ---- the generator ----

    private List<Attempt> attempts(JsonObject openapi) {
        List<Attempt> attempts = new ArrayList<>();
        JsonObject schemas = openapi.getJsonObject("components", new JsonObject()).getJsonObject("schemas",
                new JsonObject());
        for (int round = 0; attempts.size() < AT_LEAST && round < 10; round++) {
            for (Map.Entry<String, Object> pathEntry : openapi.getJsonObject("paths")) {
                String template = pathEntry.getKey();
                if (!template.startsWith(apiPrefix)) {
                    continue;
                }
                JsonObject item = (JsonObject) pathEntry.getValue();
                for (String method : item.fieldNames()) {
                    if (!isMethod(method)) {
                        continue;
                    }
                    JsonObject operation = item.getJsonObject(method);
                    List<JsonObject> parameters = parameters(item, operation);
                    String path = fill(template);
                    String name = method.toUpperCase() + " " + template;
                    for (JsonObject parameter : parameters) {
                        String in = parameter.getString("in");
                        String pname = parameter.getString("name");
                        JsonObject schema = resolve(parameter.getJsonObject("schema", new JsonObject()), schemas);
                        for (String bad : badParameterValues(schema, in)) {
                            if ("path".equals(in)) {
                                attempts.add(new Attempt(method.toUpperCase(), fillExcept(template, pname)
                                        .replace("{" + pname + "}", bad), Map.of(), validBodyOrNull(operation, schemas),
                                        name + " with path " + pname + "=" + shorten(bad), true));
                            } else if ("query".equals(in)) {
                                attempts.add(new Attempt(method.toUpperCase(), path, Map.of(pname, bad),
                                        validBodyOrNull(operation, schemas), name + " with query " + pname + "="
                                        + shorten(bad), true));
                            }
                        }
                    }
                    JsonObject bodySchema = bodySchema(operation, schemas);
                    if (bodySchema != null) {
                        for (Map.Entry<String, String> body : badBodies(bodySchema, schemas).entrySet()) {
                            attempts.add(new Attempt(method.toUpperCase(), path, Map.of(), body.getValue(),
                                    name + " with body " + body.getKey(), false));
                        }
                    }
                }
            }
        }
        return attempts;
    }

    private static List<JsonObject> parameters(JsonObject item, JsonObject operation) {
        List<JsonObject> parameters = new ArrayList<>();
        for (JsonArray source : new JsonArray[] {item.getJsonArray("parameters"), operation.getJsonArray("parameters")}) {
            if (source != null) {
                source.forEach(p -> parameters.add((JsonObject) p));
            }
        }
        return parameters;
    }

    /** The path with the given parameters' values, and a random UUID for every other one. */
    private String fill(String template) {
        String path = template;
        for (Map.Entry<String, String> known : pathValues.entrySet()) {
            path = path.replace("{" + known.getKey() + "}", known.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private String fillExcept(String template, String keep) {
        String marker = "KEEP-" + keep;
        return fill(template.replace("{" + keep + "}", marker)).replace(marker, "{" + keep + "}");
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…(" + value.length() + ")" : value;
    }

    private List<String> badParameterValues(JsonObject schema, String in) {
        List<String> values = new ArrayList<>();
        String type = typeOf(schema);
        String format = schema.getString("format", "");
        if (schema.containsKey("enum")) {
            values.addAll(List.of("NOPE", "%00", "1E%2B400"));
        } else if ("uuid".equals(format)) {
            values.addAll(List.of("not-a-uuid", "1-1-1-1-1", "%F0%9F%98%80", "00000000-0000-0000-0000-00000000000g"));
        } else if ("date".equals(format)) {
            values.addAll(List.of("2026-13-45", "yesterday"));
        } else if ("integer".equals(type) || "number".equals(type)) {
            values.addAll(List.of("1E%2B400", "NaN", "99999999999999999999", "-1", "abc"));
        } else if ("boolean".equals(type)) {
            values.addAll(List.of("maybe", "2"));
        } else if ("query".equals(in)) {
            values.addAll(List.of("%00", "x".repeat(2000)));
        }
        return values;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
    private static String typeOf(JsonObject schema) {
        Object type = schema.getValue("type");
        if (type instanceof JsonArray types) {
            return types.stream().map(String::valueOf).filter(t -> !t.equals("null")).findFirst().orElse("string");
        }
        if (type instanceof String single) {
            return single;
        }
        return schema.containsKey("properties") ? "object" : "string";
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        if (schema.containsKey("$ref")) {
            String ref = schema.getString("$ref");
            return resolve(schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1)), schemas);
        }
        for (String choice : List.of("anyOf", "oneOf")) {
            if (schema.containsKey(choice)) {
                for (Object option : schema.getJsonArray(choice)) {
                    JsonObject candidate = (JsonObject) option;
                    if (!"null".equals(candidate.getValue("type"))) {
                        return resolve(candidate, schemas);
                    }
                }
            }
        }
        if (schema.containsKey("allOf") && schema.getJsonArray("allOf").size() == 1) {
            JsonObject merged = resolve(schema.getJsonArray("allOf").getJsonObject(0), schemas).copy();
            schema.fieldNames().stream().filter(f -> !f.equals("allOf")).forEach(f -> merged.put(f, schema.getValue(f)));
            return merged;
        }
        return schema;
    }

    private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
        JsonObject body = operation.getJsonObject("requestBody");
        if (body == null) {
            return null;
        }
        JsonObject content = body.getJsonObject("content", new JsonObject());
        JsonObject json = content.getJsonObject("application/json");
        return json == null ? null : resolve(json.getJsonObject("schema", new JsonObject()), schemas);
    }

    private String validBodyOrNull(JsonObject operation, JsonObject schemas) {
        JsonObject schema = bodySchema(operation, schemas);
        return schema == null ? null : String.valueOf(valid(schema, schemas, 0));
    }

    /** A value the schema accepts, as far as the document tells. */
    private Object valid(JsonObject schema, JsonObject schemas, int depth) {
        schema = resolve(schema, schemas);
        if (schema.containsKey("enum")) {
            return schema.getJsonArray("enum").getValue(0);
        }
        String type = typeOf(schema);
        String format = schema.getString("format", "");
        return switch (type) {
            case "object" -> {
                JsonObject object = new JsonObject();
                JsonObject properties = schema.getJsonObject("properties", new JsonObject());
                for (String property : properties.fieldNames()) {
                    if (depth < 4) {
                        object.put(property, valid(properties.getJsonObject(property), schemas, depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> new JsonArray().add(valid(schema.getJsonObject("items", new JsonObject()), schemas,
                    depth + 1));
            case "integer" -> Math.max(1, schema.getInteger("minimum", 1));
            case "number" -> 50;
            case "boolean" -> true;
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> "2031-01-01";
                case "date-time" -> "2031-01-01T09:00:00Z";
                default -> "Text " + random.nextInt(1000);
            };
        };
    }

    /** Bodies with one thing broken, keyed by what was broken. */
    private Map<String, String> badBodies(JsonObject schema, JsonObject schemas) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not JSON", "{\"title\": ");
        bodies.put("an array", "[]");
        bodies.put("a string", "\"text\"");
        bodies.put("deep nesting", "[".repeat(3000) + "]".repeat(3000));
        bodies.put("deep object nesting", "{\"a\":".repeat(1500) + "1" + "}".repeat(1500));
        Object base = valid(schema, schemas, 0);
        if (!(base instanceof JsonObject object)) {
            return bodies;
        }
        JsonObject properties = schema.getJsonObject("properties", new JsonObject());
        JsonArray required = schema.getJsonArray("required", new JsonArray());
        for (String property : properties.fieldNames()) {
            JsonObject propertySchema = resolve(properties.getJsonObject(property), schemas);
            for (Map.Entry<String, Object> bad : badValues(propertySchema, schemas).entrySet()) {
                JsonObject body = object.copy();
                body.put(property, bad.getValue());
                body.put("unexpectedExtra", new JsonObject().put("𝔲𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800 lone surrogate"));
                bodies.put(property + " = " + bad.getKey(), unmark(body.encode()));
            }
            if (required.contains(property)) {
                JsonObject missing = object.copy();
                missing.remove(property);
                bodies.put("without " + property, missing.encode());
                bodies.put(property + " = null", object.copy().putNull(property).encode());
            }
            if ("array".equals(typeOf(propertySchema))) {
                JsonObject nested = resolve(propertySchema.getJsonObject("items", new JsonObject()), schemas);
                if ("object".equals(typeOf(nested))) {
                    Object element = valid(nested, schemas, 1);
                    if (element instanceof JsonObject elementObject) {
                        for (String inner : nested.getJsonObject("properties", new JsonObject()).fieldNames()) {
                            JsonObject innerSchema = resolve(nested.getJsonObject("properties")
                                    .getJsonObject(inner), schemas);
                            for (Map.Entry<String, Object> bad : badValues(innerSchema, schemas).entrySet()) {
                                JsonObject brokenElement = elementObject.copy().put(inner, bad.getValue());
                                bodies.put(property + "[0]." + inner + " = " + bad.getKey(),
                                        unmark(object.copy().put(property, new JsonArray().add(brokenElement)).encode()));
                            }
                        }
                    }
                }
            }
        }
        return bodies;
    }

    private Map<String, Object> badValues(JsonObject schema, JsonObject schemas) {
        Map<String, Object> values = new LinkedHashMap<>();
        String type = typeOf(schema);
        String format = schema.getString("format", "");
        values.put("an object", new JsonObject().put("nested", new JsonArray().add(1)));
        if (schema.containsKey("enum")) {
            values.put("NOPE", "NOPE");
            values.put("lower case", String.valueOf(schema.getJsonArray("enum").getValue(0)).toLowerCase());
        }
        switch (type) {
            case "integer", "number" -> {
                values.put("1E+400", raw("1E+400"));
                values.put("-1E+400", raw("-1E+400"));
                values.put("1E+20", raw("1E+20"));
                values.put("1E-400", raw("1E-400"));
                values.put("\"NaN\"", "NaN");
                values.put("\"Infinity\"", "Infinity");
                values.put("a long string of digits", raw("9".repeat(900)));
                if (schema.getValue("minimum") instanceof Number minimum && minimum.doubleValue() >= 1) {
                    values.put("-0", raw("-0"));
                }
                if (schema.getValue("minimum") instanceof Number) {
                    values.put("-1", -1);
                }
                values.put("true", true);
            }
            case "array" -> {
                values.put("[null]", new JsonArray().addNull());
                values.put("a string", "x");
                JsonArray many = new JsonArray();
                for (int i = 0; i < 10_000; i++) {
                    many.add(valid(schema.getJsonObject("items", new JsonObject()), schemas, 3));
                }
                if (schema.getInteger("maxItems", Integer.MAX_VALUE) < 10_000) {
                    values.put("10,000 elements", many);
                }
            }
            case "boolean" -> values.put("\"maybe\"", "maybe");
            case "object" -> values.put("a number", 7);
            default -> {
                int maxLength = schema.getInteger("maxLength", -1);
                if (maxLength >= 0) {
                    values.put((Math.max(maxLength + 1, 10_000)) + " characters",
                            "é".repeat(Math.max(maxLength + 1, 10_000)));
                }
                values.put("a NUL character", "before\u0000after");
                values.put("a number", 12);
                if ("uuid".equals(format)) {
                    values.put("not a UUID", "not-a-uuid");
                }
                if ("date".equals(format) || "date-time".equals(format)) {
                    values.put("an impossible date", "2026-02-30");
                }
            }
        }
        return values;
    }

    /** A JSON number written as is: a marker string the body's text replaces by the raw number after encoding. */
    private static String raw(String number) {
        return "@@RAW:" + number + "@@";
    }

    private static String unmark(String json) {
        return json.replaceAll("\"@@RAW:([^@]*)@@\"", "$1");
    }
}

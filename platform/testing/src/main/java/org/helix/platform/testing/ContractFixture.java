package org.helix.platform.testing;

import com.networknt.schema.Error;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A consumer's test document built from the producer's JSON Schema file, so the consumer's tests feed it what the
 * producer documents, not what the consumer believes: rename a field in the schema and the consumer's build breaks.
 * <pre>
 * ContractFixture registered = ContractFixture.ofEvent("governance-service", "OrganisationRegistered")
 *         .with("name", "Jade River Polytechnic");
 * String json = registered.json();   // checked against the schema
 * </pre>
 * {@link #fromSchema} makes a valid example of every property the schema declares; {@link #with} overrides one, and
 * refuses a property the schema does not know; {@link #json()} checks the result against the schema.
 */
public final class ContractFixture {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path schemaFile;
    private final JsonNode schema;
    private final ObjectNode document;

    private ContractFixture(Path schemaFile, JsonNode schema, ObjectNode document) {
        this.schemaFile = schemaFile;
        this.schema = schema;
        this.document = document;
    }

    /** A valid example document of the schema in {@code schemaFile} (every declared property, made-up values). */
    public static ContractFixture fromSchema(Path schemaFile) {
        return fromSchema(schemaFile, Map.of());
    }

    /**
     * As {@link #fromSchema(Path)}, with {@code presets} set (as by {@link #with}) before the example is checked: for
     * properties the generator cannot make, such as a string with a {@code pattern} (a term like "2026-SPRING").
     */
    public static ContractFixture fromSchema(Path schemaFile, Map<String, ?> presets) {
        JsonNode schema = read(schemaFile);
        JsonNode example = new SchemaExamples(schema).example(schema, "document");
        if (!example.isObject()) {
            throw new IllegalArgumentException(schemaFile + " does not describe a JSON object");
        }
        ContractFixture fixture = new ContractFixture(schemaFile, schema, (ObjectNode) example);
        for (Map.Entry<String, ?> preset : presets.entrySet()) {
            fixture = fixture.with(preset.getKey(), preset.getValue());
        }
        List<Error> errors = JsonSchemas.validate(schemaFile, fixture.document.toString());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The example made from " + schemaFile.getFileName() + " does not match it "
                    + "(a construct the generator does not know, e.g. a pattern): " + messages(errors)
                    + "; set those fields with with(...)");
        }
        return fixture;
    }

    /** The schema a producing module documents for an event: {@code <module>/events/<eventType>.schema.json}. */
    public static ContractFixture ofEvent(String producerModule, String eventType) {
        return fromSchema(eventSchema(producerModule, eventType));
    }

    /** As {@link #ofEvent(String, String)}, with {@code presets} set first (see {@link #fromSchema(Path, Map)}). */
    public static ContractFixture ofEvent(String producerModule, String eventType, Map<String, ?> presets) {
        return fromSchema(eventSchema(producerModule, eventType), presets);
    }

    /** Where {@link #ofEvent} finds the schema (the repository root comes from {@code helix.repo}, else {@code ..}). */
    public static Path eventSchema(String producerModule, String eventType) {
        Path repository = Path.of(System.getProperty("helix.repo", ".."));
        Path file = repository.resolve(producerModule).resolve("events").resolve(eventType + ".schema.json");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No schema " + file.toAbsolutePath() + ": has " + producerModule
                    + " dropped or renamed " + eventType + "?");
        }
        return file;
    }

    /** Fails the test, naming every violation, unless a hand-written document matches the schema. */
    public static void assertMatchesSchema(Path schemaFile, String json) {
        JsonSchemas.assertMatches(schemaFile, json);
    }

    /** A copy with one top-level property set (text, number, boolean or null); the schema must declare it. */
    public ContractFixture with(String property, Object value) {
        JsonNode declared = schema.path("properties").get(property);
        if (declared == null) {
            fail(schemaFile.getFileName() + " declares no property " + property + " (renamed or dropped by the producer?)");
        }
        ObjectNode copy = document.deepCopy();
        if (value == null) {
            copy.putNull(property);
        } else {
            copy.set(property, JSON.valueToTree(value));
        }
        return new ContractFixture(schemaFile, schema, copy);
    }

    /** A copy without a property; if the schema requires it, send it with {@link #unchecked()} (a poison test). */
    public ContractFixture without(String property) {
        ObjectNode copy = document.deepCopy();
        copy.remove(property);
        return new ContractFixture(schemaFile, schema, copy);
    }

    /** The value of a top-level property as text, e.g. a generated id. */
    public String text(String property) {
        JsonNode value = document.get(property);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** The document as JSON, after checking it against the schema (the test fails naming each violation). */
    public String json() {
        String json = document.toString();
        JsonSchemas.assertMatches(schemaFile, json);
        return json;
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    /** The document as JSON without the schema check: only for deliberately broken (poison) documents. */
    public String unchecked() {
        return document.toString();
    }

    public Path schemaFile() {
        return schemaFile;
    }

    private static JsonNode read(Path schemaFile) {
        try {
            return JSON.readTree(Files.readString(schemaFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + schemaFile, e);
        }
    }

    private static String messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList().toString();
    }
}

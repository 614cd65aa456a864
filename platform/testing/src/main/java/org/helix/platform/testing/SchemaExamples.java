package org.helix.platform.testing;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * Makes a valid example of a JSON Schema (draft 2020-12, the subset Helix's event schemas use): objects with every
 * declared property, {@code type} (a list takes its first non-null type), {@code enum}, {@code const}, local
 * {@code $ref}, {@code oneOf}/{@code anyOf} (first branch), string formats uuid, date, date-time, email and uri,
 * lengths, minimum, and minItems. Ids (format uuid) are fresh on each call so examples never collide in a test database.
 */
final class SchemaExamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;

    SchemaExamples(JsonNode root) {
        this.root = root;
    }

    JsonNode example(JsonNode schema, String name) {
        if (schema.has("$ref")) {
            return example(resolve(schema.get("$ref").asString()), name);
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.has("enum")) {
            for (JsonNode value : schema.get("enum")) {
                if (!value.isNull()) {
                    return value.deepCopy();
                }
            }
            return NODES.nullNode();
        }
        for (String choice : new String[] {"oneOf", "anyOf"}) {
            if (schema.has(choice)) {
                return example(schema.get(choice).get(0), name);
            }
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema, name);
            case "string" -> NODES.stringNode(string(schema, name));
            case "integer" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong()
                    : schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asLong() + 1 : 1L);
            case "number" -> NODES.numberNode(schema.has("minimum") ? schema.get("minimum").decimalValue()
                    : new BigDecimal("1.00"));
            case "boolean" -> NODES.booleanNode(true);
            case "null" -> NODES.nullNode();
            default -> throw new IllegalArgumentException("Cannot make an example of " + name + ": type " + type(schema));
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.set(property.getKey(), example(property.getValue(), property.getKey()));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name) {
        ArrayNode array = NODES.arrayNode();
        int items = Math.max(1, schema.path("minItems").asInt(1));
        for (int i = 0; i < items; i++) {
            array.add(example(schema.path("items"), name));
        }
        return array;
    }

    private static String string(JsonNode schema, String name) {
        String format = schema.path("format").asString("");
        String value = switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-03-02";
            case "date-time" -> "2026-03-02T09:30:00Z";
            case "email" -> "office@example.org";
            case "uri" -> "https://example.org/" + name;
            default -> name + " example";
        };
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        if (value.length() > max) {
            value = value.substring(0, max);
        }
        StringBuilder padded = new StringBuilder(value);
        while (padded.length() < min) {
            padded.append('x');
        }
        return padded.toString();
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "string";
        }
        if (type.isArray()) {
            Iterator<JsonNode> types = type.iterator();
            while (types.hasNext()) {
                String candidate = types.next().asString();
                if (!"null".equals(candidate)) {
                    return candidate;
                }
            }
            return "null";
        }
        return type.asString();
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        JsonNode node = root;
        for (String part : ref.substring(2).split("/")) {
            node = node.path(part.replace("~1", "/").replace("~0", "~"));
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("Unresolvable reference " + ref);
        }
        return node;
    }
}

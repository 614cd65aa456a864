package org.helix.platform.testing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.fail;

/** Checks that what a service sends matches the JSON Schema it documents (draft 2020-12). */
public final class JsonSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonSchemas() {
    }

    /** Fails the test, naming every violation, unless {@code json} matches the schema in {@code schemaFile}. */
    public static void assertMatches(Path schemaFile, String json) {
        List<Error> errors = validate(schemaFile, json);
        if (!errors.isEmpty()) {
            fail(json + " does not match " + schemaFile.getFileName() + ": "
                    + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
        }
    }

    public static List<Error> validate(Path schemaFile, String json) {
        try {
            Schema schema = REGISTRY.getSchema(Files.readString(schemaFile));
            return schema.validate(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read schema " + schemaFile, e);
        }
    }
}

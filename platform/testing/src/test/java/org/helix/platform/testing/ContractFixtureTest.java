package org.helix.platform.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A schema with a property the example generator cannot make (a pattern) is usable with presets. */
class ContractFixtureTest {

    private static final String SCHEMA = """
            {"type": "object", "required": ["term", "name"], "additionalProperties": false,
             "properties": {"term": {"type": "string", "pattern": "^[0-9]{4}-(SPRING|AUTUMN)$"},
                            "name": {"type": "string", "minLength": 1}}}
            """;

    @Test
    void presetsAreSetBeforeTheExampleIsChecked(@TempDir Path directory) throws Exception {
        Path schema = Files.writeString(directory.resolve("Term.schema.json"), SCHEMA);

        assertThrows(IllegalStateException.class, () -> ContractFixture.fromSchema(schema));
        ContractFixture fixture = ContractFixture.fromSchema(schema, Map.of("term", "2026-SPRING"));

        assertEquals("2026-SPRING", fixture.text("term"));
        assertEquals("name example", fixture.text("name"));
        assertThrows(AssertionError.class, () -> ContractFixture.fromSchema(schema, Map.of("unknown", "x")));
    }
}

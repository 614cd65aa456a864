package org.helix.platform.testing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checker must be able to fail: each kind of lie a document can tell is caught. */
class OpenApiConformanceTest {

    static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
               "/api/x/things": {"get": {"responses": {"200": {"description": "a page", "content": {
                   "application/json": {"schema": {"$ref": "#/components/schemas/PageThing"}}}}}}},
               "/api/x/things/{id}": {"get": {"responses": {
                   "200": {"description": "one", "content": {
                       "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                   "404": {"$ref": "#/components/responses/NotFound"}}}},
               "/api/x/things/{id}/notes": {"post": {"responses": {"201": {"description": "created"}}}}
             },
             "components": {
               "responses": {"NotFound": {"description": "none", "content": {"application/problem+json": {
                   "schema": {"type": "object", "properties": {"status": {"type": "integer"}}}}}}},
               "schemas": {
                 "Thing": {"type": "object", "required": ["id"], "properties": {
                     "id": {"type": "string", "format": "uuid"},
                     "region": {"type": "string"},
                     "note": {"type": ["string", "null"]},
                     "count": {"type": "integer", "format": "int32"}}},
                 "PageThing": {"type": "object", "properties": {
                     "items": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                     "total": {"type": "integer", "format": "int64"}}}}}}
            """;
    static final String ONE = "/api/x/things/{id}";
    static final String ID = "3f1c3f9e-5a55-4c43-9a31-0d0b8c7e2f10";

    final OpenApiConformance api = OpenApiConformance.of("test document", DOCUMENT);

    List<String> violations(String template, int status, String body) {
        return api.violations(template, status, "application/json", body);
    }

    @Test
    void aBodyAsDocumentedPasses() {
        assertEquals(List.of(), violations(ONE, 200, "{\"id\": \"" + ID + "\", \"region\": \"East\", \"note\": null}"));
        assertEquals(List.of(), violations("/api/x/things", 200, "{\"items\": [{\"id\": \"" + ID + "\"}], \"total\": 1}"));
        assertEquals(List.of(), api.violations(ONE, 404, "application/problem+json", "{\"status\": 404}"));
    }

    @Test
    void aNullWhereThePlainTypeIsDocumentedIsCaught() {
        assertEquals(1, violations(ONE, 200, "{\"id\": \"" + ID + "\", \"region\": null}").size());
    }

    @Test
    void wrongTypesFormatsAndMissingRequiredFieldsAreCaughtThroughRefs() {
        assertEquals(1, violations(ONE, 200, "{\"id\": \"not-a-uuid\"}").size());
        assertEquals(1, violations(ONE, 200, "{\"region\": \"East\"}").size());
        assertEquals(1, violations("/api/x/things", 200, "{\"items\": [{\"id\": \"" + ID + "\", \"count\": \"3\"}]}")
                .size());
    }

    @Test
    void undocumentedStatusesContentTypesAndOperationsAreCaught() {
        assertTrue(violations(ONE, 500, "{}").get(0).contains("status 500 is not documented"));
        assertTrue(api.violations(ONE, 200, "text/html", "<html/>").get(0).contains("text/html"));
        assertTrue(violations("/api/x/nothing", 200, "{}").get(0).contains("no GET"));
    }

    @Test
    void everyGetOperationMustBeChecked() {
        assertEquals(Set.of("/api/x/things", ONE), api.getOperations("/api/x"));
        api.markChecked(ONE, 200);
        api.markChecked("/api/x/things", 404);
        AssertionError missing = assertThrows(AssertionError.class, () -> api.assertEveryGetOperationChecked("/api/x"));
        assertTrue(missing.getMessage().contains("[/api/x/things]"), missing.getMessage());
        api.markChecked("/api/x/things", 200);
        api.assertEveryGetOperationChecked("/api/x");
    }

    @Test
    void everyOperationIsNamedByMethodAndPathUnderThePrefix() {
        assertEquals(Set.of("GET /things", "GET /things/{id}", "POST /things/{id}/notes"), api.operations("/api/x"));
        assertEquals(Set.of("GET ", "GET /{id}", "POST /{id}/notes"), api.operations("/api/x/things"));
        assertEquals(Set.of(), api.operations("/api/y"));
    }

    @Test
    void templatesAreExpandedInOrder() {
        assertEquals("/api/x/things/7/notes", OpenApiConformance.expand("/api/x/things/{id}/notes", 7));
        assertThrows(IllegalArgumentException.class, () -> OpenApiConformance.expand(ONE));
        assertThrows(IllegalArgumentException.class, () -> OpenApiConformance.expand(ONE, 1, 2));
    }
}

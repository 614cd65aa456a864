package org.helix.platform.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class RequestFingerprintTest {

    record Details(String name, String type) {
    }

    /** Stands for a resource method: a path parameter, the body, and a context object. */
    @SuppressWarnings("unused")
    static void create(@PathParam("id") UUID committee, Details details, @Context Object uriInfo) {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final UUID COMMITTEE = UUID.randomUUID();

    static String fingerprint(UUID committee, Details details, Object context) throws Exception {
        Method method = RequestFingerprintTest.class.getDeclaredMethod("create", UUID.class, Details.class,
                Object.class);
        return RequestFingerprint.of(JSON, method, new Object[] {committee, details, context});
    }

    @Test
    void theSameRequestHasTheSameFingerprintWhateverTheConnection() throws Exception {
        Details details = new Details("Harbour Robotics", "ENTERPRISE");
        assertEquals(fingerprint(COMMITTEE, details, "http://gateway:8080"),
                fingerprint(COMMITTEE, new Details("Harbour Robotics", "ENTERPRISE"), "http://service:8081"));
    }

    @Test
    void anotherBodyOrPathParameterIsAnotherRequest() throws Exception {
        Details details = new Details("Harbour Robotics", "ENTERPRISE");
        String fingerprint = fingerprint(COMMITTEE, details, null);
        assertNotEquals(fingerprint, fingerprint(COMMITTEE, new Details("Harbour Robotics", "SCHOOL"), null));
        assertNotEquals(fingerprint, fingerprint(COMMITTEE, new Details("Harbour Robotics ", "ENTERPRISE"), null));
        assertNotEquals(fingerprint, fingerprint(UUID.randomUUID(), details, null));
        assertNotEquals(fingerprint, fingerprint(COMMITTEE, null, null));
    }

    @Test
    void aFingerprintIsAHexSha256() throws Exception {
        assertEquals(64, fingerprint(COMMITTEE, new Details("a", "b"), null).length());
    }
}

package org.helix.governance;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.helix.platform.testing.Tokens;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

/** Builds the committees and members a governance test needs, through the real API. */
public final class GovernanceFixtures {

    public static final UUID GOVERNMENT = demo(1);
    public static final UUID RIVERSIDE_COLLEGE = demo(2);
    public static final UUID NOVA_MANUFACTURING = demo(3);
    public static final UUID INDUSTRY_ASSOCIATION = demo(4);
    public static final UUID DEVELOPMENT_BANK = demo(5);
    public static final UUID SECRETARIAT = demo(7);
    public static final UUID LAKESIDE_POLYTECHNIC = demo(0x12);
    public static final UUID ORBIT_DIGITAL = demo(0x13);

    private static final Map<UUID, String[]> DEMO_ORGANISATIONS = Map.of(
            GOVERNMENT, new String[] {"Provincial Department of Education", "GOVERNMENT"},
            RIVERSIDE_COLLEGE, new String[] {"Riverside Vocational College", "SCHOOL"},
            NOVA_MANUFACTURING, new String[] {"Nova Precision Manufacturing", "ENTERPRISE"},
            INDUSTRY_ASSOCIATION, new String[] {"Advanced Manufacturing Industry Association", "INDUSTRY_ASSOCIATION"},
            DEVELOPMENT_BANK, new String[] {"Helix Development Bank", "FINANCIAL_INSTITUTION"},
            SECRETARIAT, new String[] {"Helix Alliance Secretariat", "SOCIAL_ORGANISATION"},
            LAKESIDE_POLYTECHNIC, new String[] {"Lakeside Polytechnic", "SCHOOL"},
            ORBIT_DIGITAL, new String[] {"Orbit Digital Services", "ENTERPRISE"});

    private GovernanceFixtures() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.user(user)).contentType(ContentType.JSON);
    }

    /** Registers the demo organisations the realm's users belong to (once; a 409 means they are there). */
    public static void demoOrganisations() {
        DEMO_ORGANISATIONS.forEach((id, nameAndType) -> as("secretariat")
                .body(Map.of("id", id, "name", nameAndType[0], "type", nameAndType[1]))
                .post("/api/governance/organisations")
                .then().statusCode(anyOf(is(201), is(409))));
    }

    public static UUID macro(String name) {
        return create("gov-officer", Map.of("name", name, "tier", "MACRO"));
    }

    public static UUID meso(String name, UUID macro, String industry) {
        return create("secretariat", Map.of("name", name, "tier", "MESO", "parentId", macro, "industry", industry));
    }

    public static UUID micro(String name, UUID meso) {
        return create("secretariat", Map.of("name", name, "tier", "MICRO", "parentId", meso));
    }

    public static UUID join(UUID committee, UUID organisation, String position) {
        return UUID.fromString(as("secretariat").body(Map.of("organisationId", organisation, "position", position))
                .post("/api/governance/committees/" + committee + "/members")
                .then().statusCode(201).extract().path("id"));
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static UUID create(String user, Map<String, Object> body) {
        return UUID.fromString(as(user).body(body).post("/api/governance/committees")
                .then().statusCode(201).extract().path("id"));
    }

    private static UUID demo(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012x", n));
    }
}

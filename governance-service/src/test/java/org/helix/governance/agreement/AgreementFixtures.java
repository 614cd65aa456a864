package org.helix.governance.agreement;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.unique;

/** Agreement bodies and drafts through the real API. */
final class AgreementFixtures {

    static final String AGREEMENTS = "/api/governance/agreements";

    private AgreementFixtures() {
    }

    /** A caller whose responses read decimals as exact {@link BigDecimal}s (12.50 stays 12.50). */
    static RequestSpecification exactly(String user) {
        return as(user).config(RestAssuredConfig.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static Map<String, Object> party(UUID organisation, String riskShare, String benefitShare) {
        Map<String, Object> party = new HashMap<>();
        party.put("organisationId", organisation);
        party.put("riskShare", new BigDecimal(riskShare));
        party.put("benefitShare", new BigDecimal(benefitShare));
        party.put("contribution", "Training base, mentors and equipment");
        return party;
    }

    static Map<String, Object> terms(String kind, LocalDate start, List<Map<String, Object>> parties) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("title", unique("Cooperation agreement"));
        terms.put("kind", kind);
        terms.put("scope", "Joint training of CNC technicians, internships and shared equipment");
        terms.put("startDate", start.toString());
        terms.put("endDate", start.plusYears(3).toString());
        terms.put("parties", parties);
        return terms;
    }

    /** Riverside Vocational College (school-admin) and Nova Precision Manufacturing (enterprise-rep). */
    static Map<String, Object> schoolEnterprise(LocalDate start) {
        return terms("SCHOOL_ENTERPRISE", start, List.of(party(RIVERSIDE_COLLEGE, "40.00", "35.50"),
                party(NOVA_MANUFACTURING, "60.00", "64.50")));
    }

    static UUID draft(String user, Map<String, Object> terms) {
        return UUID.fromString(as(user).body(terms).post(AGREEMENTS).then().statusCode(201).extract().path("id"));
    }

    static String agreement(UUID id) {
        return AGREEMENTS + "/" + id;
    }

    static Map<String, Object> with(Map<String, Object> terms, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(terms);
        changed.put(field, value);
        return changed;
    }
}

package org.helix.governance.agreement;

import io.quarkus.test.junit.QuarkusTest;
import org.helix.governance.GovernanceServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.helix.governance.GovernanceFixtures.DEVELOPMENT_BANK;
import static org.helix.governance.GovernanceFixtures.INDUSTRY_ASSOCIATION;
import static org.helix.governance.GovernanceFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.governance.GovernanceFixtures.NOVA_MANUFACTURING;
import static org.helix.governance.GovernanceFixtures.ORBIT_DIGITAL;
import static org.helix.governance.GovernanceFixtures.RIVERSIDE_COLLEGE;
import static org.helix.governance.GovernanceFixtures.as;
import static org.helix.governance.GovernanceFixtures.demoOrganisations;
import static org.helix.governance.agreement.AgreementFixtures.AGREEMENTS;
import static org.helix.governance.agreement.AgreementFixtures.exactly;
import static org.helix.governance.agreement.AgreementFixtures.party;
import static org.helix.governance.agreement.AgreementFixtures.schoolEnterprise;
import static org.helix.governance.agreement.AgreementFixtures.terms;
import static org.helix.governance.agreement.AgreementFixtures.with;

/** The business rules on an agreement's terms: each breach is a 422 naming the field. */
@QuarkusTest
@GovernanceServers
class AgreementTermsTest {

    private static final LocalDate START = LocalDate.of(2031, 9, 1);

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void sharesOfEachKindSumToExactlyOneHundred() {
        rejects(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "50.00", "50.00"),
                party(NOVA_MANUFACTURING, "49.99", "50.00"))), "parties.riskShare", "99.99");
        rejects(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "50.00", "50.00"),
                party(NOVA_MANUFACTURING, "50.00", "50.01"))), "parties.benefitShare", "100.01");
        exactly("secretariat").body(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "33.33", "12.5"),
                        party(NOVA_MANUFACTURING, "33.33", "37.5"), party(INDUSTRY_ASSOCIATION, "33.34", "50"))))
                .post(AGREEMENTS).then().statusCode(201)
                .body("status", equalTo("DRAFT"),
                        "parties[0].riskShare", equalTo(new BigDecimal("33.33")),
                        "parties[0].benefitShare", equalTo(new BigDecimal("12.50")),
                        "parties[2].benefitShare", equalTo(new BigDecimal("50.00")),
                        "parties[2].signed", equalTo(false));
    }

    @Test
    void sharesAndAmountsHaveAtMostTwoDecimals() {
        malformed(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "33.333", "50.00"),
                party(NOVA_MANUFACTURING, "66.667", "50.00"))), "parties[0].riskShare", "two decimals");
        malformed(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "50", "50.005"),
                party(NOVA_MANUFACTURING, "50", "49.995"))), "parties[0].benefitShare", "two decimals");
        malformed(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "-10", "50"),
                party(NOVA_MANUFACTURING, "110", "50"))), "parties[0].riskShare", "between 0 and 100");
        Map<String, Object> withAmount = party(NOVA_MANUFACTURING, "60", "60");
        withAmount.put("contributionAmount", new BigDecimal("1500.125"));
        malformed(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "40", "40"), withAmount)),
                "parties[1].contributionAmount", "two decimals");
        withAmount.put("contributionAmount", new BigDecimal("-1"));
        malformed(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "40", "40"), withAmount)),
                "parties[1].contributionAmount", "0 or more");
        withAmount.put("contributionAmount", new BigDecimal("250000.5"));
        exactly("secretariat").body(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "40", "40"),
                        withAmount))).post(AGREEMENTS).then().statusCode(201)
                .body("parties[1].contributionAmount", equalTo(new BigDecimal("250000.50")),
                        "parties[0].contributionAmount", equalTo(null));
    }

    @Test
    void aSchoolEnterpriseAgreementNeedsASchoolAndAnEnterprise() {
        rejects(terms("SCHOOL_ENTERPRISE", START, List.of(party(RIVERSIDE_COLLEGE, "50", "50"),
                party(INDUSTRY_ASSOCIATION, "50", "50"))), "parties", "ENTERPRISE");
        rejects(terms("SCHOOL_ENTERPRISE", START, List.of(party(NOVA_MANUFACTURING, "50", "50"),
                party(ORBIT_DIGITAL, "50", "50"))), "parties", "SCHOOL");
        as("secretariat").body(terms("SCHOOL_ENTERPRISE", START, List.of(party(LAKESIDE_POLYTECHNIC, "30", "30"),
                party(ORBIT_DIGITAL, "50", "50"), party(DEVELOPMENT_BANK, "20", "20")))).post(AGREEMENTS)
                .then().statusCode(201);
    }

    @Test
    void partiesDatesAndCommitteeAreChecked() {
        rejects(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "50", "50"),
                party(RIVERSIDE_COLLEGE, "50", "50"))), "parties[1].organisationId", "more than once");
        rejects(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "50", "50"),
                party(UUID.randomUUID(), "50", "50"))), "parties[1].organisationId", "no organisation");
        rejects(terms("ALLIANCE", START, List.of(party(RIVERSIDE_COLLEGE, "100", "100"))), "parties",
                "two parties");
        rejects(with(schoolEnterprise(START), "endDate", START.toString()), "endDate", "after startDate");
        rejects(with(schoolEnterprise(START), "endDate", START.minusDays(1).toString()), "endDate", "after");
        rejects(with(schoolEnterprise(START), "committeeId", UUID.randomUUID()), "committeeId", "no committee");
        as("secretariat").body(with(schoolEnterprise(START), "title", " ")).post(AGREEMENTS).then()
                .statusCode(400).body("errors.field", hasItem("title"));
        as("secretariat").body(with(schoolEnterprise(START), "kind", "JOINT_VENTURE")).post(AGREEMENTS).then()
                .statusCode(400);
        as("secretariat").body(with(schoolEnterprise(START), "startDate", null)).post(AGREEMENTS).then()
                .statusCode(400).body("errors.field", hasItem("startDate"));
    }

    private static void rejects(Map<String, Object> terms, String field, String message) {
        as("secretariat").body(terms).post(AGREEMENTS).then().statusCode(422)
                .body("type", equalTo("urn:helix:problem:business-rule-violated"),
                        "errors[0].field", equalTo(field), "errors[0].message", containsString(message));
    }

    /** Out of the bounds every share and amount has: a 400 naming the field, before any rule is checked. */
    private static void malformed(Map<String, Object> terms, String field, String message) {
        as("secretariat").body(terms).post(AGREEMENTS).then().statusCode(400)
                .body("type", equalTo("urn:helix:problem:validation-failed"),
                        "errors[0].field", equalTo(field), "errors[0].message", containsString(message));
    }
}

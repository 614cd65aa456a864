package org.helix.talent.appointment;

import org.helix.platform.testing.CloudEventTopic;
import org.helix.talent.TalentFixtures;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.helix.platform.testing.HelixTestResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.helix.talent.TalentFixtures.API;
import static org.helix.talent.TalentFixtures.LAKESIDE_POLYTECHNIC;
import static org.helix.talent.TalentFixtures.NOVA_MANUFACTURING;
import static org.helix.talent.TalentFixtures.ORBIT_DIGITAL;
import static org.helix.talent.TalentFixtures.RIVERSIDE_COLLEGE;
import static org.helix.talent.TalentFixtures.activeAgreement;
import static org.helix.talent.TalentFixtures.as;
import static org.helix.talent.TalentFixtures.demoOrganisations;
import static org.helix.talent.TalentFixtures.expert;
import static org.helix.talent.TalentFixtures.propose;
import static org.helix.talent.TalentFixtures.register;
import static org.helix.talent.TalentFixtures.teaching;
import static org.helix.talent.TalentFixtures.terminateAgreement;

/**
 * The green channel through governance's real agreement events (built from its schema files): with an ACTIVE
 * school-enterprise agreement between the expert's enterprise and the school, a qualified expert's part-time teaching
 * is approved by the school alone and says why; without one, or for an expert who does not qualify, or once the
 * agreement is terminated, both organisations approve.
 */
@QuarkusTest
@WithTestResource(value = HelixTestResource.class, initArgs = @ResourceArg(name = "database", value = "talent"))
class GreenChannelTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void organisations() {
        demoOrganisations();
    }

    @Test
    void anActiveAgreementAndAQualifiedExpertLetTheHostApproveAlone() {
        UUID agreement = activeAgreement(RIVERSIDE_COLLEGE, NOVA_MANUFACTURING);
        awaitAgreement(agreement, "ACTIVE");
        LocalDate start = LocalDate.now().plusDays(20);

        UUID senior = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 2, "SENIOR"));
        UUID seniorTeaching = propose("enterprise-rep", teaching(senior, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING,
                start, start.plusDays(60), 4));
        as("school-admin").post(API + "/appointments/" + seniorTeaching + "/approvals").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("greenChannel", equalTo(true))
                .body("agreementId", equalTo(agreement.toString()))
                .body("greenChannelReason", containsString("senior title SENIOR"))
                .body("homeApproval", nullValue());

        UUID experienced = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 5, "INTERMEDIATE"));
        UUID experiencedTeaching = propose("school-admin", teaching(experienced, RIVERSIDE_COLLEGE,
                NOVA_MANUFACTURING, start, start.plusDays(60), 4));
        as("school-admin").post(API + "/appointments/" + experiencedTeaching + "/approvals").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("greenChannelReason", containsString("5 years"));

        UUID junior = register("enterprise-rep", expert(NOVA_MANUFACTURING, null, 4, "INTERMEDIATE"));
        UUID juniorTeaching = propose("school-admin", teaching(junior, RIVERSIDE_COLLEGE, NOVA_MANUFACTURING,
                start, start.plusDays(60), 4));
        as("school-admin").post(API + "/appointments/" + juniorTeaching + "/approvals").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("greenChannel", equalTo(false))
                .body("greenChannelReason", containsString("4 years' experience (fewer than 5)"));
        as("enterprise-rep").post(API + "/appointments/" + juniorTeaching + "/approvals").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    @Test
    void withoutAnAgreementBetweenTheTwoOrOnceItIsTerminatedBothApprove() {
        UUID expert = register("enterprise-rep-2", expert(ORBIT_DIGITAL, null, 15, "SENIOR"));
        LocalDate start = LocalDate.now().plusDays(20);
        UUID elsewhere = activeAgreement(LAKESIDE_POLYTECHNIC, NOVA_MANUFACTURING);
        awaitAgreement(elsewhere, "ACTIVE");
        UUID noAgreement = propose("enterprise-rep-2", teaching(expert, LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL, start,
                start.plusDays(10), 2));
        as("school-admin-2").post(API + "/appointments/" + noAgreement + "/approvals").then().statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("greenChannelReason", containsString("no ACTIVE school-enterprise agreement"));

        UUID agreement = activeAgreement(LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL);
        awaitAgreement(agreement, "ACTIVE");
        terminateAgreement(agreement, LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL);
        awaitAgreement(agreement, "TERMINATED");
        // a repeated activation (another event id) after the termination does not revive it
        activeAgreementAgain(agreement);
        UUID afterTermination = propose("school-admin-2", teaching(expert, LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL,
                start, start.plusDays(10), 2));
        as("school-admin-2").post(API + "/appointments/" + afterTermination + "/approvals").then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("greenChannel", equalTo(false));
    }

    private void activeAgreementAgain(UUID agreement) {
        org.helix.platform.testing.ContractFixture event = org.helix.platform.testing.ContractFixture
                .ofEvent("governance-service", "AgreementActivated").with("agreementId", agreement.toString())
                .with("kind", "SCHOOL_ENTERPRISE")
                .with("partyOrganisationIds", java.util.List.of(LAKESIDE_POLYTECHNIC.toString(),
                        ORBIT_DIGITAL.toString()));
        new CloudEventTopic(TalentFixtures.GOVERNANCE_TOPIC, "/helix/governance").send(
                UUID.randomUUID().toString(), "helix.governance.AgreementActivated", "Agreement/" + agreement,
                agreement.toString(), event.bytes());
        UUID sentinel = activeAgreement(LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL);
        awaitAgreement(sentinel, "ACTIVE");
        terminateAgreement(sentinel, LAKESIDE_POLYTECHNIC, ORBIT_DIGITAL);
        awaitAgreement(sentinel, "TERMINATED");
        awaitAgreement(agreement, "TERMINATED");
    }

    void awaitAgreement(UUID id, String status) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(
                         "select status from cooperation_agreement where id = ?")) {
                query.setObject(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() && status.equals(rows.getString(1));
                }
            }
        });
    }
}

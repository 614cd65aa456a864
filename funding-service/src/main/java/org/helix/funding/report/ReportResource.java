package org.helix.funding.report;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.helix.funding.ledger.LedgerView;
import org.helix.funding.ledger.Ledgers;

import java.util.UUID;

@Path("/api/funding/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports", description = "Money per call and per funder: committed, released, remaining, cancelled, awards "
        + "by target kind (aggregates; a ledger's statement is GET /agreements/{agreementId}/ledger)")
@Authenticated
public class ReportResource {

    @Inject
    Reports reports;

    @Inject
    Ledgers ledgers;

    @GET
    @Path("agreements/{agreementId}")
    @Operation(summary = "The ledger statement of an agreement: per party contributed, losses borne, benefits "
            + "received and balance (roles: the parties' representatives, admin, secretariat; anyone else 404)")
    public LedgerView agreement(@PathParam("agreementId") UUID agreementId) {
        return ledgers.ofAgreement(agreementId);
    }

    @GET
    @Path("calls/{id}")
    @Operation(summary = "A call's budget, committed, released, remaining (= budget − committed − released), "
            + "cancelled, number and amount of awards by target kind (roles: any signed-in caller)")
    public CallReport call(@PathParam("id") UUID id) {
        return reports.call(id);
    }

    @GET
    @Path("funders/{organisationId}")
    @Operation(summary = "A funder's totals per currency over its calls (the sums of the calls' reports, included) "
            + "(roles: any signed-in caller)")
    public FunderReport funder(@PathParam("organisationId") UUID organisationId) {
        return reports.funder(organisationId);
    }
}

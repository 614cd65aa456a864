package org.helix.funding.ledger;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.UUID;

@Path("/api/funding/ledgers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Ledgers", description = "Risk/benefit ledgers of signed cooperation agreements: contributions, losses "
        + "shared by risk share, benefits by benefit share, largest remainder to the cent; OPEN → CLOSED (settled when "
        + "governance terminates the agreement). Private to the parties' representatives, admin, secretariat")
@Authenticated
public class LedgerResource {

    @Inject
    Ledgers ledgers;

    @GET
    @Operation(summary = "List the ledgers the caller may see with their statements, paged; filter by status, party; "
            + "sort by openedAt (default, newest first), title (roles: any signed-in caller; lists hold only the "
            + "ledgers of agreements the caller's organisation is a party to; all for admin and secretariat)")
    public Page<LedgerView> list(@QueryParam("status") LedgerStatus status, @QueryParam("party") UUID party,
            @Valid @BeanParam PageRequest page) {
        return ledgers.list(status, party, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One ledger with its statement per party (contributed, losses borne, benefits received, "
            + "balance) (roles: the parties' representatives, admin, secretariat; anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        LedgerView ledger = ledgers.get(id);
        return Response.ok(ledger).tag(new EntityTag(String.valueOf(ledger.version()))).build();
    }

    @GET
    @Path("{id}/entries")
    @Operation(summary = "The entries of a ledger with their allocations, paged; filter by kind, organisation (the "
            + "contributor); sort by postedAt (default), occurredOn, amount (roles: whoever may see the ledger)")
    public Page<EntryView> entries(@PathParam("id") UUID id, @QueryParam("kind") EntryKind kind,
            @QueryParam("organisation") UUID organisation, @Valid @BeanParam PageRequest page) {
        return ledgers.entries(id, kind, organisation, page);
    }

    @POST
    @Path("{id}/entries")
    @Idempotent
    @Operation(summary = "Post to an OPEN ledger (CLOSED: 409): a CONTRIBUTION (CASH, IN_KIND, STAFF_HOURS, "
            + "EQUIPMENT, valued) of a party — a party's representatives post their own —, or a LOSS allocated by "
            + "risk share or a BENEFIT distributed by benefit share, to the cent by the largest-remainder rule "
            + "(roles: the parties' representatives, admin, secretariat; anyone else 404). Honours Idempotency-Key")
    public Response post(@PathParam("id") UUID id, @Valid @NotNull EntryForm form) {
        EntryView entry = ledgers.post(id, form);
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}

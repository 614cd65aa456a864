package org.helix.funding.award;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.helix.funding.call.TargetKind;
import org.helix.platform.web.idempotency.Idempotent;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;

import java.util.List;
import java.util.UUID;

@Path("/api/funding/awards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Awards", description = "Awards on applications, committed against the call's budget at once and paid in "
        + "tranches (PENDING → RELEASED | CANCELLED) released by incubation's verified milestones (PROJECT) or by the "
        + "funder on evidence (SCHOOL, APPOINTMENT, AGREEMENT). Private to the "
        + "applicant's and the funder's representatives and admin (anyone else: 404)")
@Authenticated
public class AwardResource {

    @Inject
    Awards awards;

    @GET
        @Operation(summary = "List the awards the caller may see, paged; filter by call, target, targetKind, status; sort "
            + "by grantedAt (default, newest first), amount (roles: any signed-in caller; lists hold only awards of "
            + "the caller's organisation as applicant or funder; all for admin)")
    public Page<AwardView> list(@QueryParam("call") UUID call, @QueryParam("target") UUID target,
            @QueryParam("targetKind") TargetKind targetKind, @QueryParam("status") AwardStatus status,
            @Valid @BeanParam PageRequest page) {
        return awards.list(call, target, targetKind, status, page);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One award with its tranches and their disbursements (roles: the applicant's and the "
            + "funder's representatives, admin; anyone else 404)")
    public Response get(@PathParam("id") UUID id) {
        AwardView award = awards.get(id);
        return Response.ok(award).tag(etag(award)).build();
    }

    @GET
    @Path("{id}/failed-release-checks")
    @Operation(summary = "Milestones that released nothing for this award: the check that failed (MILESTONE_LINKED, "
            + "PROJECT_INCUBATING, AWARD_NOT_SUSPENDED, NOT_RELEASED_BEFORE) and why, newest first (roles: whoever may "
            + "see the award)")
    public List<FailedCheckView> failedChecks(@PathParam("id") UUID id) {
        return awards.failedChecks(id);
    }

    @POST
    @Path("{id}/tranches/{sequence}/release")
    @Idempotent
    @Operation(summary = "Release the tranche with this sequence of a SCHOOL, APPOINTMENT or AGREEMENT award on the "
            + "evidence noted: writes its disbursement, moves its amount from the call's committed to its released "
            + "and publishes TrancheReleased. Refused with 409 release-check-failed naming each failing check "
            + "(AWARD_NOT_SUSPENDED, NOT_RELEASED_BEFORE, EARLIER_TRANCHES_SETTLED: released in sequence); a PROJECT "
            + "award's tranches are released only by incubation's verified milestones (422); no such tranche 404 "
            + "(roles: the funder's representatives, admin). Honours Idempotency-Key")
    public Response release(@PathParam("id") UUID id, @PathParam("sequence") @Min(1) @Max(50) int sequence,
            @Valid @NotNull AwardForm.ReleaseEvidence evidence) {
        AwardView award = awards.releaseByEvidence(id, sequence, evidence.evidence());
        return Response.ok(award).tag(etag(award)).build();
    }

    @POST
    @Path("{id}/suspend")
    @Operation(summary = "Suspend an ACTIVE award with a reason: no tranche is released while it is suspended; "
            + "otherwise 409 (roles: the funder's representatives, admin)")
    public Response suspend(@PathParam("id") UUID id, @Valid @NotNull AwardForm.Suspension suspension) {
        AwardView award = awards.suspend(id, suspension.reason());
        return Response.ok(award).tag(etag(award)).build();
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a SUSPENDED award; otherwise 409 (roles: the funder's representatives, admin)")
    public Response resume(@PathParam("id") UUID id) {
        AwardView award = awards.resume(id);
        return Response.ok(award).tag(etag(award)).build();
    }

    private static EntityTag etag(AwardView award) {
        return new EntityTag(String.valueOf(award.version()));
    }
}

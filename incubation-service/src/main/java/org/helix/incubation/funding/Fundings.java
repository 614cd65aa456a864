package org.helix.incubation.funding;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.incubation.project.Projects;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Reads a project's funding view. */
@ApplicationScoped
public class Fundings {

    @Inject
    Projects projects;

    public FundingView of(UUID projectId) {
        projects.get(projectId);
        List<FundingView.AwardView> awards = Award.<Award>list("projectId", Sort.ascending("grantedAt").and("id"),
                projectId).stream().map(Fundings::viewOf).toList();
        return new FundingView(projectId, awards);
    }

    static FundingView.AwardView viewOf(Award award) {
        List<Tranche> tranches = Tranche.list("awardId", Sort.ascending("sequence"), award.id);
        return new FundingView.AwardView(award.id, award.callId, award.funderOrganisationId, award.amount,
                award.currency, sum(tranches, Tranche.Status.RELEASED), sum(tranches, Tranche.Status.PENDING),
                sum(tranches, Tranche.Status.CANCELLED), award.grantedAt,
                tranches.stream().map(FundingView.TrancheView::of).toList());
    }

    private static BigDecimal sum(List<Tranche> tranches, Tranche.Status status) {
        return tranches.stream().filter(t -> t.status == status).map(t -> t.amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}

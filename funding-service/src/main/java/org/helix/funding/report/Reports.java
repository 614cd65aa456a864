package org.helix.funding.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.helix.funding.award.TrancheStatus;
import org.helix.funding.call.Calls;
import org.helix.funding.call.FundingCall;
import org.helix.funding.call.TargetKind;
import org.helix.funding.money.Money;
import org.helix.platform.web.problem.ApiProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The money reports, computed from the same rows the awards change (the call's committed and released, the awards,
 * the cancelled tranches), so a funder's report is exactly the sum of its calls' reports.
 */
@ApplicationScoped
public class Reports {

    /** A funder has at most this many calls in one report. */
    static final int MAX_CALLS = 1000;

    @Inject
    EntityManager entityManager;

    public CallReport call(UUID callId) {
        FundingCall call = FundingCall.findById(callId);
        if (call == null) {
            throw ApiProblem.notFound(Calls.RESOURCE, callId);
        }
        return reports(List.of(call)).get(0);
    }

    public FunderReport funder(UUID funderId) {
        List<FundingCall> calls = FundingCall.find("funderOrganisationId = ?1 order by createdAt, id", funderId)
                .page(0, MAX_CALLS).list();
        List<CallReport> reports = reports(calls);
        Map<String, List<CallReport>> byCurrency = new TreeMap<>();
        reports.forEach(r -> byCurrency.computeIfAbsent(r.currency(), c -> new ArrayList<>()).add(r));
        List<FunderReport.Totals> totals = new ArrayList<>();
        byCurrency.forEach((currency, of) -> {
            Map<TargetKind, long[]> counts = new EnumMap<>(TargetKind.class);
            Map<TargetKind, BigDecimal> amounts = new EnumMap<>(TargetKind.class);
            for (CallReport report : of) {
                for (CallReport.ByTargetKind kind : report.awardsByTargetKind()) {
                    counts.computeIfAbsent(kind.targetKind(), k -> new long[1])[0] += kind.count();
                    amounts.merge(kind.targetKind(), kind.amount(), BigDecimal::add);
                }
            }
            totals.add(new FunderReport.Totals(currency, of.size(),
                    sum(of, CallReport::budget), sum(of, CallReport::committed), sum(of, CallReport::released),
                    sum(of, CallReport::remaining), sum(of, CallReport::cancelled),
                    of.stream().mapToLong(CallReport::awardCount).sum(), sum(of, CallReport::awarded),
                    counts.keySet().stream().map(k -> new CallReport.ByTargetKind(k, counts.get(k)[0],
                            amounts.get(k))).toList()));
        });
        return new FunderReport(funderId, totals, reports);
    }

    private List<CallReport> reports(List<FundingCall> calls) {
        if (calls.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = calls.stream().map(c -> c.id).toList();
        Map<UUID, List<CallReport.ByTargetKind>> awards = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select a.callId, a.targetKind, count(a), sum(a.amount) from "
                + "Award a where a.callId in :calls group by a.callId, a.targetKind order by a.targetKind",
                Object[].class).setParameter("calls", ids).getResultList()) {
            awards.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add(new CallReport.ByTargetKind(
                    (TargetKind) row[1], ((Number) row[2]).longValue(), Money.of((BigDecimal) row[3])));
        }
        Map<UUID, BigDecimal> cancelled = new HashMap<>();
        for (Object[] row : entityManager.createQuery("select a.callId, sum(t.amount) from Award a join a.tranches t "
                + "where a.callId in :calls and t.status = :cancelled group by a.callId", Object[].class)
                .setParameter("calls", ids).setParameter("cancelled", TrancheStatus.CANCELLED).getResultList()) {
            cancelled.put((UUID) row[0], Money.of((BigDecimal) row[1]));
        }
        return calls.stream().map(c -> {
            List<CallReport.ByTargetKind> of = awards.getOrDefault(c.id, List.of());
            return new CallReport(c.id, c.funderOrganisationId, c.title, c.currency, c.budget, c.committed,
                    c.released, c.remaining(), cancelled.getOrDefault(c.id, Money.ZERO),
                    of.stream().mapToLong(CallReport.ByTargetKind::count).sum(),
                    of.stream().map(CallReport.ByTargetKind::amount).reduce(Money.ZERO, BigDecimal::add), of);
        }).toList();
    }

    private static BigDecimal sum(List<CallReport> reports, java.util.function.Function<CallReport, BigDecimal> f) {
        return reports.stream().map(f).reduce(Money.ZERO, BigDecimal::add);
    }
}

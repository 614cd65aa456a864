package org.helix.governance.regulation;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.platform.messaging.change.Changes;
import org.helix.governance.committee.Committees;
import org.helix.platform.web.paging.Page;
import org.helix.platform.web.paging.PageRequest;
import org.helix.platform.web.problem.ApiProblem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Issues regulations and their new versions; a superseded version stays readable. */
@ApplicationScoped
public class Regulations {

    static final String RESOURCE = "Regulation";
    public static final String ISSUED = "RegulationIssued";

    /** Data of {@code helix.governance.RegulationIssued} (schema: {@code events/RegulationIssued.schema.json}). */
    public record Issued(UUID regulationId, UUID seriesId, UUID committeeId, String title, int versionNumber,
            LocalDate effectiveFrom, UUID supersedes) {
    }

    @Inject
    Committees committees;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    @Transactional
    public Regulation issue(UUID committeeId, RegulationDraft draft) {
        committees.get(committeeId);
        Regulation regulation = new Regulation();
        regulation.id = UUID.randomUUID();
        regulation.committeeId = committeeId;
        regulation.title = draft.title().strip();
        regulation.body = draft.body();
        regulation.effectiveFrom = draft.effectiveFrom();
        regulation.createdAt = Instant.now(clock);
        if (draft.supersedes() == null) {
            regulation.seriesId = regulation.id;
            regulation.versionNumber = 1;
        } else {
            Regulation previous = Regulation.findById(draft.supersedes(), LockModeType.PESSIMISTIC_WRITE);
            if (previous == null || !previous.committeeId.equals(committeeId)) {
                throw ApiProblem.invalidField("supersedes", "no regulation " + draft.supersedes()
                        + " in this committee");
            }
            if (previous.supersededBy != null) {
                throw ApiProblem.conflict("regulation-superseded", "Regulation already superseded",
                        "Version " + previous.versionNumber + " was already replaced by " + previous.supersededBy
                                + "; supersede the current version");
            }
            if (draft.effectiveFrom().isBefore(previous.effectiveFrom)) {
                throw ApiProblem.invalidField("effectiveFrom", "a new version cannot take effect before the version "
                        + "it replaces (" + previous.effectiveFrom + ")");
            }
            regulation.seriesId = previous.seriesId;
            regulation.versionNumber = previous.versionNumber + 1;
            RegulationView before = RegulationView.of(previous);
            previous.supersededBy = regulation.id;
            // the old version stops being current (flushed here) before the new one is written: one current per series
            changes.record(RESOURCE, previous.id, "supersede", before, () -> RegulationView.of(previous));
        }
        regulation.persist();
        changes.record(RESOURCE, regulation.id, "issue", null, () -> RegulationView.of(regulation),
                Changes.Event.of(RESOURCE, regulation.seriesId, ISSUED, () -> new Issued(regulation.id,
                        regulation.seriesId, committeeId, regulation.title, regulation.versionNumber,
                        regulation.effectiveFrom, draft.supersedes())));
        return regulation;
    }

    public Regulation get(UUID id) {
        Regulation regulation = Regulation.findById(id);
        if (regulation == null) {
            throw ApiProblem.notFound(RESOURCE, id);
        }
        return regulation;
    }

    public Page<RegulationView> list(UUID committeeId, boolean includeSuperseded, UUID seriesId, PageRequest page) {
        committees.get(committeeId);
        StringBuilder where = new StringBuilder("committeeId = ?1");
        if (!includeSuperseded) {
            where.append(" and supersededBy is null");
        }
        Sort sort = Sort.ascending("title").and("versionNumber");
        PanacheQuery<Regulation> query = seriesId == null ? Regulation.find(where.toString(), sort, committeeId)
                : Regulation.find(where + " and seriesId = ?2", sort, committeeId, seriesId);
        return Page.of(query, page, RegulationView::of);
    }
}

package org.helix.incubation.impact;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.helix.incubation.access.ProjectAccess;
import org.helix.incubation.project.Project;
import org.helix.incubation.project.ProjectStatus;
import org.helix.incubation.project.Projects;
import org.helix.platform.messaging.change.Changes;
import org.helix.platform.web.problem.ApiProblem;

import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/** Monthly impact metrics per project: recorded by the team (or its school, admin, secretariat) while incubating. */
@ApplicationScoped
public class ImpactMetrics {

    public static final String RESOURCE = "ImpactMetric";

    @Inject
    Projects projects;

    @Inject
    ProjectAccess access;

    @Inject
    Changes changes;

    @Inject
    Clock clock;

    /** Records a month (not in the future); a month recorded before needs the version read. */
    @Transactional
    public ImpactMetric record(UUID projectId, YearMonth month, ImpactViews.Figures figures) {
        Project project = projects.lock(projectId);
        if (!access.actsFor(project)) {
            throw ApiProblem.forbidden("The team, its school's representatives, admin and secretariat record "
                    + "impact metrics");
        }
        project.status.after(ProjectStatus.Transition.INCUBATE);
        if (month.isAfter(YearMonth.now(clock))) {
            throw ApiProblem.invalidField("month", "a month's metrics are recorded once it has begun");
        }
        ImpactMetric.Key key = new ImpactMetric.Key(projectId, month.toString());
        ImpactMetric metric = ImpactMetric.findById(key, LockModeType.PESSIMISTIC_WRITE);
        ImpactViews.MetricView before = null;
        if (metric == null) {
            metric = new ImpactMetric();
            metric.key = key;
        } else {
            if (figures.version() == null) {
                throw ApiProblem.invalidField("version", "this month was recorded before: send the version you read");
            }
            if (figures.version() != metric.version) {
                throw ApiProblem.staleVersion(RESOURCE, projectId + "/" + month);
            }
            before = ImpactViews.MetricView.of(metric);
        }
        metric.revenue = figures.revenue().setScale(2, RoundingMode.UNNECESSARY);
        metric.currency = figures.currency();
        metric.jobs = figures.jobs();
        metric.customers = figures.customers();
        metric.updatedAt = Instant.now(clock);
        if (before == null) {
            metric.persist();
        }
        ImpactMetric saved = metric;
        changes.record(RESOURCE, projectId + "/" + month, before == null ? "record" : "update", before,
                () -> ImpactViews.MetricView.of(saved));
        return metric;
    }

    public List<ImpactViews.MetricView> of(UUID projectId) {
        projects.get(projectId);
        return ImpactMetric.<ImpactMetric>list("key.projectId", Sort.descending("key.month"), projectId).stream()
                .map(ImpactViews.MetricView::of).toList();
    }
}

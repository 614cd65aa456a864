package org.helix.governance.dashboard.rebuild;

import io.quarkus.arc.All;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.helix.governance.dashboard.feed.AllianceEvents;
import org.helix.governance.dashboard.feed.DashboardHandler;
import org.helix.platform.messaging.history.HistoryReplay;
import org.helix.platform.web.problem.ApiProblem;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the dashboard from the topics: clears the read model and the inbox entries of its events in one
 * transaction, then reads the five topics from their beginning through the same handlers. The live feed goes on
 * meanwhile; the inbox applies each event once whoever reads it first, and the read model's guarded writes keep the
 * latest state whatever the order. As complete as the topics' retention (the suite keeps them forever).
 */
@ApplicationScoped
public class DashboardRebuild {

    private static final Logger LOG = Logger.getLogger(DashboardRebuild.class);

    static final List<String> TABLES = List.of("dashboard_appointment", "dashboard_project", "dashboard_call",
            "dashboard_tranche", "dashboard_skill_gap", "dashboard_revision", "dashboard_employment",
            "dashboard_problem", "dashboard_practice_target", "dashboard_event_count");

    @Inject
    EntityManager entityManager;

    @Inject
    HistoryReplay history;

    @Inject
    ManagedExecutor executor;

    @Inject
    Clock clock;

    @Inject
    @All
    List<DashboardHandler> handlers;

    @ConfigProperty(name = "mp.messaging.incoming." + AllianceEvents.CHANNEL + ".topics")
    List<String> topics;

    @ConfigProperty(name = "helix.governance.dashboard.rebuild-timeout", defaultValue = "30m")
    Duration timeout;

    private RebuildStatus status = RebuildStatus.none();

    public synchronized RebuildStatus status() {
        return status;
    }

    /** Starts a rebuild in the background; a 409 problem while one runs. */
    public synchronized RebuildStatus start() {
        if (status.state() == RebuildStatus.State.RUNNING) {
            throw ApiProblem.conflict("rebuild-running", "Rebuild running",
                    "A rebuild started at " + status.startedAt() + " is still running");
        }
        status = RebuildStatus.running(topics, clock.instant());
        executor.runAsync(this::run);
        return status;
    }

    private void run() {
        try {
            clear();
            HistoryReplay.Result result = history.replay(topics, timeout);
            finish(status.done(clock.instant(), result.records(), result.poison()));
        } catch (Exception e) {
            LOG.errorf(e, "Dashboard rebuild failed");
            finish(status.failed(clock.instant(), e.getMessage()));
        }
    }

    private synchronized void finish(RebuildStatus outcome) {
        status = outcome;
    }

    @Transactional
    void clear() {
        entityManager.createNativeQuery("truncate " + String.join(", ", TABLES)).executeUpdate();
        List<String> types = new ArrayList<>();
        handlers.forEach(handler -> types.addAll(handler.types()));
        entityManager.createNativeQuery("delete from helix_inbox where event_type in (:types)")
                .setParameter("types", types).executeUpdate();
        LOG.infof("Dashboard cleared for a rebuild from %s", topics);
    }
}

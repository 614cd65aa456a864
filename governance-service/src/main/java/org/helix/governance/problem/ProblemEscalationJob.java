package org.helix.governance.problem;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Escalates problems left at a committee past its escalation deadline ({@code escalationDeadlineDays}, default 30)
 * to the parent committee, one tier per run, recorded as done by {@code system}.
 */
@ApplicationScoped
public class ProblemEscalationJob {

    private static final Logger LOG = Logger.getLogger(ProblemEscalationJob.class);

    @Inject
    Problems problems;

    @Inject
    Clock clock;

    @Scheduled(identity = "problem-escalation", every = "${helix.governance.problem-escalation.every:1h}",
            delayed = "${helix.governance.problem-escalation.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int escalated = escalateOverdue();
        if (escalated > 0) {
            LOG.infof("Escalated %d overdue problem(s)", escalated);
        }
    }

    /** One run of the job, by the clock's now; returns how many problems it escalated. */
    public int escalateOverdue() {
        int escalated = 0;
        for (UUID id : problems.overdue(Instant.now(clock))) {
            try {
                if (problems.escalateIfOverdue(id)) {
                    escalated++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not escalate overdue problem %s; the next run tries again", id);
            }
        }
        return escalated;
    }
}

package org.helix.governance.agreement;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Activates signed agreements whose start date has come (those already started are activated at signing). */
@ApplicationScoped
public class AgreementActivationJob {

    private static final Logger LOG = Logger.getLogger(AgreementActivationJob.class);

    @Inject
    Agreements agreements;

    @Inject
    Clock clock;

    @Scheduled(identity = "agreement-activation", every = "${helix.governance.agreement-activation.every:1h}",
            delayed = "${helix.governance.agreement-activation.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int activated = activateDue();
        if (activated > 0) {
            LOG.infof("Activated %d agreement(s) whose start date has come", activated);
        }
    }

    /** One run of the job, by the clock's today; returns how many agreements it activated. */
    public int activateDue() {
        int activated = 0;
        for (UUID id : agreements.dueForActivation(LocalDate.now(clock))) {
            try {
                if (agreements.activateIfDue(id)) {
                    activated++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not activate agreement %s; the next run tries again", id);
            }
        }
        return activated;
    }
}

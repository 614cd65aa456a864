package org.helix.talent.appointment;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** Activates approved appointments on their start date and completes active ones after their end date, by the clock. */
@ApplicationScoped
public class AppointmentScheduleJob {

    private static final Logger LOG = Logger.getLogger(AppointmentScheduleJob.class);

    @Inject
    Appointments appointments;

    @Inject
    Clock clock;

    @Scheduled(identity = "appointment-schedule", every = "${helix.talent.appointment-schedule.every:15m}",
            delayed = "${helix.talent.appointment-schedule.delayed:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int moved = run();
        if (moved > 0) {
            LOG.infof("Moved %d appointment(s) on by their dates", moved);
        }
    }

    /** One run of the job, by the clock's today; returns how many appointments it looked at and found due. */
    public int run() {
        int moved = 0;
        for (UUID id : appointments.due(LocalDate.now(clock))) {
            try {
                appointments.moveOnIfDue(id);
                moved++;
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not move appointment %s on; the next run tries again", id);
            }
        }
        return moved;
    }
}

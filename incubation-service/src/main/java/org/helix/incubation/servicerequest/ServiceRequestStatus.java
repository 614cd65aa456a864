package org.helix.incubation.servicerequest;

import org.helix.platform.web.lifecycle.Step;

import java.util.EnumSet;
import java.util.Set;

/** The service request lifecycle {@code OPEN → ACCEPTED → COMPLETED | DECLINED} (declined when open or accepted). */
public enum ServiceRequestStatus {
    OPEN, ACCEPTED, COMPLETED, DECLINED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ServiceRequestStatus> {
        ACCEPT("accept", EnumSet.of(OPEN), ACCEPTED),
        COMPLETE("complete", EnumSet.of(ACCEPTED), COMPLETED),
        DECLINE("decline", EnumSet.of(OPEN, ACCEPTED), DECLINED);

        private final Step<ServiceRequestStatus> step;

        Transition(String verb, Set<ServiceRequestStatus> from, ServiceRequestStatus to) {
            step = new Step<>(verb, from, to);
        }

        @Override
        public Step<ServiceRequestStatus> step() {
            return step;
        }
    }

    public ServiceRequestStatus after(Transition transition) {
        return transition.from(this, ServiceRequests.RESOURCE);
    }
}

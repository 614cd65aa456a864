package org.helix.incubation.servicerequest;

import java.util.EnumSet;
import java.util.Set;

/** The service request lifecycle {@code OPEN → ACCEPTED → COMPLETED | DECLINED} (declined when open or accepted). */
public enum ServiceRequestStatus {
    OPEN, ACCEPTED, COMPLETED, DECLINED;

    public enum Transition implements org.helix.platform.web.lifecycle.Transition<ServiceRequestStatus> {
        ACCEPT("accept", EnumSet.of(OPEN), ACCEPTED),
        COMPLETE("complete", EnumSet.of(ACCEPTED), COMPLETED),
        DECLINE("decline", EnumSet.of(OPEN, ACCEPTED), DECLINED);

        private final String verb;
        private final Set<ServiceRequestStatus> from;
        private final ServiceRequestStatus to;

        Transition(String verb, Set<ServiceRequestStatus> from, ServiceRequestStatus to) {
            this.verb = verb;
            this.from = from;
            this.to = to;
        }

        @Override
        public String verb() {
            return verb;
        }

        @Override
        public Set<ServiceRequestStatus> allowedFrom() {
            return from;
        }

        @Override
        public ServiceRequestStatus target() {
            return to;
        }
    }

    public ServiceRequestStatus after(Transition transition) {
        return transition.from(this, ServiceRequests.RESOURCE);
    }
}

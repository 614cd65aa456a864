package org.helix.platform.messaging.correlation;

import org.helix.platform.web.audit.AuditEntry;

import java.util.List;

/**
 * What one service did in one chain of work: the changes it audited, the events it published and the events it
 * applied, each oldest first. The gateway puts the services' views side by side.
 */
public record ChainView(String service, String correlationId, List<AuditEntry> changes, List<ChainLink> published,
        List<ChainLink> applied) {
}

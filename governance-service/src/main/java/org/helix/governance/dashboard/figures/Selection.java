package org.helix.governance.dashboard.figures;

import java.util.List;
import java.util.UUID;

/**
 * The filter resolved against governance's own records: which committees (a tree) and organisations the figures
 * are narrowed to. An empty list narrows to nothing; {@code null} does not narrow.
 *
 * @param committees            the committees of the filter and all below them, or null
 * @param organisationsOfType   the organisations of the filter's type, or null
 * @param organisations         current members of those committees that are of that type, or null
 */
record Selection(List<UUID> committees, List<UUID> organisationsOfType, List<UUID> organisations) {
}

package org.helix.governance.dashboard.figures;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/** The dashboard's figures for a filter, computed on a read-only connection of the service's database. */
@ApplicationScoped
public class Dashboard {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @ConfigProperty(name = "helix.governance.dashboard.practice-target-hours", defaultValue = "160")
    int practiceTargetHours;

    public DashboardView figures(DashboardFilter filter) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            return new DashboardFigures(clock, practiceTargetHours).compute(connection, filter);
        } catch (SQLException e) {
            throw new IllegalStateException("dashboard query failed: " + e.getMessage(), e);
        }
    }
}

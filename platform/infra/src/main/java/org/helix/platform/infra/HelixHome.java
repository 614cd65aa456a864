package org.helix.platform.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The git-ignored {@code .helix} folder at the repository root: downloaded servers ({@code dist/}) and the state of the
 * local run ({@code local/}) and of the tests ({@code test/}).
 */
public final class HelixHome {

    private HelixHome() {
    }

    public static Path root() {
        String configured = firstNonBlank(System.getProperty("helix.home"), System.getenv("HELIX_HOME"));
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return repository().resolve(".helix");
    }

    /** The repository root: {@code helix.repo}, else the nearest folder upwards that holds {@code .mvn}. */
    public static Path repository() {
        String configured = firstNonBlank(System.getProperty("helix.repo"), System.getenv("HELIX_REPO"));
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isDirectory(candidate.resolve(".mvn")) && Files.exists(candidate.resolve("pom.xml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Cannot find the Helix repository root above " + dir
                + "; set -Dhelix.repo or HELIX_REPO");
    }

    public static Path dist() {
        return root().resolve("dist");
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}

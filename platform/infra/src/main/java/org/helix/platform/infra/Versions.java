package org.helix.platform.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Server versions, filtered from the root pom's properties at build time so they live in one place. */
public final class Versions {

    private static final Properties VERSIONS = load();

    private Versions() {
    }

    public static String kafka() {
        return VERSIONS.getProperty("kafka");
    }

    public static String keycloak() {
        return VERSIONS.getProperty("keycloak");
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("/helix-servers.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

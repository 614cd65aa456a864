package org.helix.platform.web.scoping;

import java.util.Map;

/**
 * The part of a list query that keeps out what the caller may not see: a JPQL condition on the listed entity and its
 * parameters. A list appends it with {@link Criteria#and(Scope)}; {@link #everything()} appends nothing.
 */
public record Scope(String condition, Map<String, Object> parameters) {

    private static final Scope EVERYTHING = new Scope(null, Map.of());
    private static final Scope NOTHING = new Scope("1 = 0", Map.of());

    public Scope {
        parameters = Map.copyOf(parameters);
    }

    /** No restriction: the caller sees every record (admin, secretariat). */
    public static Scope everything() {
        return EVERYTHING;
    }

    /** Nothing at all: the caller has no organisation whose records it could see. */
    public static Scope nothing() {
        return NOTHING;
    }

    /** Only the records meeting {@code condition}, which names one parameter. */
    public static Scope where(String condition, String parameter, Object value) {
        return new Scope(condition, Map.of(parameter, value));
    }

    public boolean isUnrestricted() {
        return condition == null;
    }
}

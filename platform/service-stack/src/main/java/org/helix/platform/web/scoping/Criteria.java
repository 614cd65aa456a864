package org.helix.platform.web.scoping;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions of one list query: the filters the client asked for and the caller's {@link Scope}, joined with
 * {@code and}. A filter whose value is null was not asked for and is left out.
 */
public final class Criteria {

    /**
     * How an entity runs a query. Write it as a lambda, {@code (query, sort, parameters) -> Agreement.find(query, sort,
     * parameters)}: a method reference such as {@code Agreement::find} binds to {@code PanacheEntityBase.find}, which
     * Panache does not enhance.
     */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
    }

    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public static Criteria of() {
        return new Criteria();
    }

    /** Adds {@code condition} (naming {@code :parameter}) unless {@code value} is null. */
    public Criteria and(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.and(parameter, value);
        }
        return this;
    }

    /** Adds a condition without parameters, when {@code applies}. */
    public Criteria andIf(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    public Criteria and(Scope scope) {
        if (!scope.isUnrestricted()) {
            conditions.add("(" + scope.condition() + ")");
            scope.parameters().forEach(parameters::and);
        }
        return this;
    }

    /** The JPQL {@code where} clause without the keyword; {@code 1 = 1} when there is no condition. */
    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }

    public <E> PanacheQuery<E> find(Finder<E> finder, Sort sort) {
        return finder.find(query(), sort, parameters);
    }
}

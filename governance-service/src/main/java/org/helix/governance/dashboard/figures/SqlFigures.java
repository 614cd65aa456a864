package org.helix.governance.dashboard.figures;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One aggregate query with optional narrowing clauses: a clause is added (with its parameters) only when its filter
 * applies, so an unfiltered query is the plain aggregation over its indexes.
 */
final class SqlFigures {

    /** A row of an aggregate result, read by column position. */
    interface Row {
        String text(int column) throws SQLException;

        BigDecimal number(int column) throws SQLException;
    }

    interface RowReader {
        void read(Row row) throws SQLException;
    }

    private final StringBuilder where;
    private final String tail;
    private final String head;
    private final List<Object> parameters = new ArrayList<>();

    private SqlFigures(String head, String where, String tail) {
        this.head = head;
        this.where = new StringBuilder(where);
        this.tail = tail;
    }

    /**
     * @param head  the select and from clauses
     * @param where the conditions that always apply ({@code ?} parameters given with {@link #with})
     * @param tail  group by / order by
     */
    static SqlFigures query(String head, String where, String tail) {
        return new SqlFigures(head, where, tail);
    }

    SqlFigures with(Object... values) {
        parameters.addAll(List.of(values));
        return this;
    }

    /** Adds {@code column = any(ids)} (or an either-of several columns) when {@code ids} narrows. */
    SqlFigures narrowedTo(List<UUID> ids, String... columns) {
        if (ids == null) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String column : columns) {
            any.add(column + " = any(?)");
            parameters.add(ids);
        }
        where.append(" and (").append(String.join(" or ", any)).append(")");
        return this;
    }

    void run(Connection connection, RowReader reader) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(head + " where " + where + " " + tail)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object value = parameters.get(i);
                if (value instanceof List<?> ids) {
                    Array array = connection.createArrayOf("uuid", ids.toArray());
                    statement.setArray(i + 1, array);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            try (ResultSet result = statement.executeQuery()) {
                Row row = new Row() {
                    @Override
                    public String text(int column) throws SQLException {
                        return result.getString(column);
                    }

                    @Override
                    public BigDecimal number(int column) throws SQLException {
                        return result.getBigDecimal(column);
                    }
                };
                while (result.next()) {
                    reader.read(row);
                }
            }
        }
    }
}

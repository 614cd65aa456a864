package org.helix.platform.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it stands, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        PanacheQuery<E> paged = query.page(io.quarkus.panache.common.Page.of(request.page, request.size));
        long total = paged.count();
        List<T> items = paged.list().stream().map(mapper).toList();
        int totalPages = (int) ((total + request.size - 1) / request.size);
        return new Page<>(items, request.page, request.size, total, totalPages);
    }
}

package org.helix.platform.web.paging;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, where it stands, and how many there are in all. */
public record Page<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <E, T> Page<T> of(PanacheQuery<E> query, PageRequest request, Function<E, T> mapper) {
        PanacheQuery<E> paged = query.page(io.quarkus.panache.common.Page.of(request.page, request.size));
        long total = paged.count();
        return of(paged.list().stream().map(mapper).toList(), request, total);
    }

    /** The page {@code request} asked for, holding {@code items}, out of {@code total} in all. */
    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(List.copyOf(items), request.page, request.size, total, totalPages(total, request.size));
    }

    /** How many pages of {@code size} hold {@code total} items (0 for none; the last one may be partly filled). */
    public static int totalPages(long total, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1: " + size);
        }
        long pages = (total + size - 1) / size;
        return (int) Math.min(pages, Integer.MAX_VALUE);
    }
}

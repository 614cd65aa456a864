package org.helix.platform.web.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.helix.platform.edge.EdgeLimits;
import org.helix.platform.web.problem.ApiProblem;

import java.util.Map;

/**
 * {@code ?page=0&size=20&sort=name,asc} for every list. Use as {@code @Valid @BeanParam PageRequest page}.
 * Sorting is allowed only on the fields a resource whitelists.
 */
public class PageRequest {

    public static final int MAX_SIZE = EdgeLimits.MAX_PAGE_SIZE;
    /** Highest page number: keeps {@code page * size} (the SQL offset) far from overflowing an int. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    @Parameter(description = "Zero-based page number, at most " + MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, at most " + MAX_SIZE)
    public int size;

    @QueryParam("sort")
    @Parameter(description = "field[,asc|desc]; only the fields a list documents may be used")
    public String sort;

    public static PageRequest of(int page, int size, String sort) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        request.sort = sort;
        return request;
    }

    /**
     * The Panache sort for this request. {@code allowed} maps API field names to entity properties;
     * anything else is a 400 problem naming {@code sort}. Falls back to {@code defaultSort}.
     */
    public Sort toSort(Map<String, String> allowed, Sort defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",");
        String field = parts[0].trim();
        String property = allowed.get(field);
        if (property == null || parts.length > 2) {
            throw ApiProblem.badRequest("invalid-sort", "sort", "can sort by " + String.join(", ",
                    allowed.keySet().stream().sorted().toList()) + " (optionally ,asc or ,desc)");
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase() : "asc";
        return switch (direction) {
            case "asc" -> Sort.ascending(property);
            case "desc" -> Sort.descending(property);
            default -> throw ApiProblem.badRequest("invalid-sort", "sort", "direction must be asc or desc");
        };
    }
}

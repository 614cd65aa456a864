package org.helix.gateway.proxy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of header names (and name prefixes), matched case-insensitively without allocating: the proxy asks it for
 * every header of every message, so it avoids {@code toLowerCase} and hashing.
 */
final class HeaderNames {

    private final String[][] byLength;
    private final String[] prefixes;

    private HeaderNames(List<String> names, List<String> prefixes) {
        int longest = names.stream().mapToInt(String::length).max().orElse(0);
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            buckets.add(new ArrayList<>());
        }
        names.forEach(name -> buckets.get(name.length()).add(name.toLowerCase(Locale.ROOT)));
        this.byLength = buckets.stream().map(bucket -> bucket.toArray(String[]::new)).toArray(String[][]::new);
        this.prefixes = prefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    static HeaderNames of(List<String> names, List<String> prefixes) {
        return new HeaderNames(names, prefixes);
    }

    static HeaderNames of(String... names) {
        return new HeaderNames(List.of(names), List.of());
    }

    boolean contains(String name) {
        int length = name.length();
        if (length < byLength.length) {
            for (String candidate : byLength[length]) {
                if (candidate.equalsIgnoreCase(name)) {
                    return true;
                }
            }
        }
        for (String prefix : prefixes) {
            if (length >= prefix.length() && name.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }
}

package org.helix.platform.web.input;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts path, query and header parameters of the common types strictly and, when a value does not fit, refuses
 * it with a 400 problem naming the parameter ({@link InvalidParameterException}) — JAX-RS alone would answer a
 * malformed path or query parameter with a 404, as if the resource did not exist. Also refuses text parameters with
 * a NUL character, which PostgreSQL cannot store or compare.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** Longest text a query or header parameter may carry. */
    public static final int MAX_TEXT_LENGTH = 1000;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == UUID.class) {
            return (ParamConverter<T>) strict(name, UUID.class, "must be a UUID such as 3f2c…-…", ParameterConverters::uuid);
        }
        if (rawType.isEnum()) {
            Class<Enum> type = (Class<Enum>) rawType;
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            return (ParamConverter<T>) strict(name, type, "must be one of " + allowed,
                    value -> (Enum) Enum.valueOf(type, value));
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, LocalDate.class, "must be a date such as 2026-01-31",
                    LocalDate::parse);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) strict(name, Instant.class, "must be a UTC instant such as 2026-01-31T09:00:00Z",
                    Instant::parse);
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) strict(name, Integer.class, "must be a whole number", Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) strict(name, Long.class, "must be a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) strict(name, Boolean.class, "must be true or false", ParameterConverters::bool);
        }
        if (rawType == BigDecimal.class) {
            return (ParamConverter<T>) strict(name, BigDecimal.class, "must be a decimal number", BigDecimal::new);
        }
        if (rawType == String.class && name != null) {
            return (ParamConverter<T>) strict(name, String.class, "must be text without NUL characters, at most "
                    + MAX_TEXT_LENGTH + " characters", ParameterConverters::text);
        }
        return null;
    }

    private static <T> ParamConverter<T> strict(String name, Class<T> type, String reason, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name != null ? name : type.getSimpleName(), reason);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** {@link UUID#fromString} accepts short forms such as {@code 1-1-1-1-1}; only the canonical form is an id. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
    }

    private static Boolean bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static String text(String value) {
        if (value.indexOf('\0') >= 0 || value.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("unacceptable text");
        }
        return value;
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
            if (annotation instanceof RestPath path && !path.value().isEmpty()) {
                return path.value();
            }
            if (annotation instanceof RestQuery query && !query.value().isEmpty()) {
                return query.value();
            }
            if (annotation instanceof RestHeader header && !header.value().isEmpty()) {
                return header.value();
            }
        }
        return null;
    }
}

package org.helix.platform.web.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import org.helix.platform.web.input.InvalidParameterException;
import org.helix.platform.web.input.ParameterConverters;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How refusals become problems: field names, parameter conversion, and what the database refuses. */
class ProblemMappingTest {

    enum Colour { RED, GREEN }

    record Element(@NotNull String name) {
    }

    record Body(List<@NotNull Colour> colours, List<@NotNull @Valid Element> elements) {
    }

    public static class Endpoint {
        public void create(@Valid Body body) {
        }
    }

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void aNullListElementIsNamedByItsIndex() throws NoSuchMethodException {
        assertEquals(List.of("colours[1]"), fields(new Body(Arrays.asList(Colour.RED, null), List.of())));
    }

    @Test
    void aFieldInsideAListElementIsNamedWithItsIndex() throws NoSuchMethodException {
        assertEquals(List.of("elements[0].name"), fields(new Body(List.of(), List.of(new Element(null)))));
    }

    @Test
    void malformedParametersAre400sNamingTheParameter() {
        ParameterConverters converters = new ParameterConverters();
        InvalidParameterException uuid = assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(UUID.class, UUID.class, path("id")).fromString("not-a-uuid"));
        assertEquals("id", uuid.parameter());
        assertEquals(400, uuid.getResponse().getStatus());
        assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(UUID.class, UUID.class, path("id")).fromString("1-1-1-1-1"));
        InvalidParameterException colour = assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(Colour.class, Colour.class, query("colour")).fromString("NOPE"));
        assertEquals("colour", colour.parameter());
        assertTrue(colour.reason().contains("RED, GREEN"));
        assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(int.class, int.class, query("page")).fromString("1E+400"));
        assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(LocalDate.class, LocalDate.class, query("from")).fromString("2026-02-30"));
        assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(boolean.class, boolean.class, query("current")).fromString("maybe"));
        assertThrows(InvalidParameterException.class,
                () -> converters.getConverter(String.class, String.class, query("industry")).fromString("a\0b"));
    }

    @Test
    void wellFormedParametersConvert() {
        ParameterConverters converters = new ParameterConverters();
        UUID id = UUID.randomUUID();
        assertEquals(id, converters.getConverter(UUID.class, UUID.class, path("id")).fromString(id.toString()));
        ParamConverter<Colour> colour = converters.getConverter(Colour.class, Colour.class, query("colour"));
        assertEquals(Colour.GREEN, colour.fromString("GREEN"));
        assertEquals(Boolean.TRUE, converters.getConverter(Boolean.class, Boolean.class, query("c")).fromString("true"));
        assertNull(converters.getConverter(Object.class, Object.class, query("x")));
    }

    @Test
    void theDatabaseRefusingADuplicateIsA409AndAnOutOfRangeValueA400() {
        Response duplicate = ProblemExceptionMappers.databaseRefusal(
                new RuntimeException("commit failed", new SQLException("duplicate key", "23505")), null).orElseThrow();
        assertEquals(409, duplicate.getStatus());
        assertEquals("application/problem+json", duplicate.getMediaType().toString());
        Response overflow = ProblemExceptionMappers.databaseRefusal(
                new RuntimeException(new SQLException("numeric field overflow", "22003")), null).orElseThrow();
        assertEquals(400, overflow.getStatus());
        assertTrue(ProblemExceptionMappers.databaseRefusal(new IllegalStateException("bug"), null).isEmpty());
        assertTrue(ProblemExceptionMappers.databaseRefusal(
                new RuntimeException(new SQLException("connection refused", "08001")), null).isEmpty());
    }

    @Test
    void theDatabaseAwayOrThePoolExhaustedIsA503WithRetryAfter() {
        for (Throwable away : List.of(new RuntimeException(new SQLException("connection refused", "08001")),
                new RuntimeException(new SQLException("too many clients", "53300")),
                new RuntimeException("flush failed", new SQLException("Sorry, acquisition timeout!")))) {
            Response unavailable = ProblemExceptionMappers.databaseUnavailable(away, null).orElseThrow();
            assertEquals(503, unavailable.getStatus());
            assertEquals("application/problem+json", unavailable.getMediaType().toString());
            assertEquals(ProblemExceptionMappers.RETRY_AFTER_SECONDS, unavailable.getHeaderString("Retry-After"));
        }
        assertTrue(ProblemExceptionMappers.databaseUnavailable(
                new RuntimeException(new SQLException("duplicate key", "23505")), null).isEmpty());
        assertTrue(ProblemExceptionMappers.databaseUnavailable(new IllegalStateException("bug"), null).isEmpty());
    }

    private static List<String> fields(Body body) throws NoSuchMethodException {
        Method create = Endpoint.class.getMethod("create", Body.class);
        Set<ConstraintViolation<Endpoint>> violations = VALIDATOR.forExecutables()
                .validateParameters(new Endpoint(), create, new Object[] {body});
        return violations.stream().map(ProblemExceptionMappers::fieldName).sorted().toList();
    }

    private static Annotation[] path(String name) {
        return new Annotation[] {new PathParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return PathParam.class;
            }
        }};
    }

    private static Annotation[] query(String name) {
        return new Annotation[] {new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        }};
    }
}

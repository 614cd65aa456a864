package org.helix.platform.web.paging;

import io.quarkus.panache.common.Sort;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.helix.platform.web.problem.ApiProblem;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRequestTest {

    static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "created_at");
    static final Sort DEFAULT = Sort.ascending("id");

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static Set<String> invalidFields(PageRequest request) {
        return validator.validate(request).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    @Test
    void pageAndSizeAreBoundedAtBothEnds() {
        assertEquals(Set.of(), invalidFields(PageRequest.of(0, 1, null)));
        assertEquals(Set.of(), invalidFields(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE, null)));
        assertEquals(Set.of("page"), invalidFields(PageRequest.of(-1, 20, null)));
        assertEquals(Set.of("page"), invalidFields(PageRequest.of(PageRequest.MAX_PAGE + 1, 20, null)));
        assertEquals(Set.of("size"), invalidFields(PageRequest.of(0, 0, null)));
        assertEquals(Set.of("size"), invalidFields(PageRequest.of(0, PageRequest.MAX_SIZE + 1, null)));
    }

    @Test
    void theLargestPageStillHasAnOffsetThatFitsAnInt() {
        long offset = (long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE;
        assertTrue(offset < Integer.MAX_VALUE, "offset " + offset);
    }

    @Test
    void sortsByAWhitelistedFieldMappedToItsProperty() {
        assertEquals(Sort.ascending("name").getColumns().get(0).getName(),
                PageRequest.of(0, 20, "name").toSort(SORTABLE, DEFAULT).getColumns().get(0).getName());
        Sort.Column descending = PageRequest.of(0, 20, " createdAt , DESC ").toSort(SORTABLE, DEFAULT)
                .getColumns().get(0);
        assertEquals("created_at", descending.getName());
        assertEquals(Sort.Direction.Descending, descending.getDirection());
        assertEquals(Sort.Direction.Ascending,
                PageRequest.of(0, 20, "name,asc").toSort(SORTABLE, DEFAULT).getColumns().get(0).getDirection());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void noSortMeansTheDefault(String sort) {
        assertSame(DEFAULT, PageRequest.of(0, 20, sort).toSort(SORTABLE, DEFAULT));
        assertSame(DEFAULT, PageRequest.of(0, 20, null).toSort(SORTABLE, DEFAULT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"created_at", "password", "name,up", "name,asc,desc", ",asc", "NAME"})
    void anythingElseIsA400NamingSort(String sort) {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> PageRequest.of(0, 20, sort).toSort(SORTABLE, DEFAULT));
        assertEquals(400, problem.status());
        assertEquals("invalid-sort", problem.slug());
        assertEquals("sort", problem.errors().get(0).field());
    }

    @Test
    void theRefusalListsTheFieldsThatMaySort() {
        ApiProblem problem = assertThrows(ApiProblem.class,
                () -> PageRequest.of(0, 20, "id").toSort(SORTABLE, DEFAULT));
        assertTrue(problem.getMessage().contains("createdAt, name"), problem.getMessage());
    }
}

package org.helix.platform.web.paging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageTest {

    @ParameterizedTest
    @CsvSource({
            "0, 20, 0",
            "1, 20, 1",
            "19, 20, 1",
            "20, 20, 1",
            "21, 20, 2",
            "100, 100, 1",
            "101, 100, 2",
            "7, 1, 7"})
    void totalPagesRoundsUp(long total, int size, int pages) {
        assertEquals(pages, Page.totalPages(total, size));
    }

    @Test
    void totalPagesNeverOverflows() {
        assertEquals(Integer.MAX_VALUE, Page.totalPages(Long.MAX_VALUE / 2, 1));
    }

    @Test
    void aPageSizeBelowOneIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> Page.totalPages(10, 0));
    }

    @Test
    void aPageKnowsWhereItStands() {
        Page<String> page = Page.of(List.of("c", "d"), PageRequest.of(1, 2, null), 5);
        assertEquals(List.of("c", "d"), page.items());
        assertEquals(1, page.page());
        assertEquals(2, page.size());
        assertEquals(5, page.total());
        assertEquals(3, page.totalPages());
    }

    @Test
    void aPageBeyondTheLastIsEmptyButStillCountsTheTotal() {
        Page<String> page = Page.of(List.of(), PageRequest.of(9, 20, null), 21);
        assertEquals(List.of(), page.items());
        assertEquals(2, page.totalPages());
        assertEquals(21, page.total());
    }
}

package org.helix.platform.web.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ApiJsonTest {

    record View(String name, String region, List<String> tags, Map<String, Object> extra) {
    }

    static final ObjectMapper APPLICATION = new ObjectMapper();

    @Test
    void nullPropertiesAreLeftOutOfApiBodies() throws Exception {
        ObjectMapper api = new ApiJson(APPLICATION).mapper();
        assertEquals("{\"name\":\"Harbour\",\"tags\":[]}",
                api.writeValueAsString(new View("Harbour", null, List.of(), null)));
    }

    @Test
    void nullsInsideMapsAndListsStayAsTheyAre() throws Exception {
        Map<String, Object> extra = new HashMap<>();
        extra.put("note", null);
        List<String> tags = new java.util.ArrayList<>();
        tags.add(null);
        assertEquals("{\"name\":\"Harbour\",\"tags\":[null],\"extra\":{\"note\":null}}",
                ApiJson.withoutNulls(APPLICATION).writeValueAsString(new View("Harbour", null, tags, extra)));
    }

    @Test
    void theApplicationMapperKeepsItsNullsForEventsAndAudit() throws Exception {
        new ApiJson(APPLICATION);
        assertEquals("{\"name\":\"Harbour\",\"region\":null,\"tags\":null,\"extra\":null}",
                APPLICATION.writeValueAsString(new View("Harbour", null, null, null)));
    }
}

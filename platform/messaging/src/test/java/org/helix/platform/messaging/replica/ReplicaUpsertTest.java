package org.helix.platform.messaging.replica;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReplicaUpsertTest {

    @Test
    void anUpsertOnlyReplacesAnOlderVersion() {
        UUID id = UUID.randomUUID();
        ReplicaUpsert upsert = ReplicaUpsert.into("organisation").key("id", id).set("name", "Jade River")
                .set("region", null).version("source_version", 3);
        assertEquals("insert into organisation (id, name, region, source_version) values (?1, ?2, ?3, ?4)"
                        + " on conflict (id) do update set name = excluded.name, region = excluded.region,"
                        + " source_version = excluded.source_version"
                        + " where organisation.source_version < excluded.source_version", upsert.sql());
        assertEquals(Arrays.asList(id, "Jade River", null, 3L), upsert.parameters());
    }

    @Test
    void namesMustBePlainIdentifiersAndKeyAndVersionAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> ReplicaUpsert.into("organisation; drop table x"));
        assertThrows(IllegalArgumentException.class, () -> ReplicaUpsert.into("organisation").set("Name", "x"));
        assertThrows(IllegalStateException.class, () -> ReplicaUpsert.into("organisation").key("id", 1).sql());
        assertEquals(List.of(1, 0L), ReplicaUpsert.into("t").key("id", 1).version("v", 0).parameters());
    }
}

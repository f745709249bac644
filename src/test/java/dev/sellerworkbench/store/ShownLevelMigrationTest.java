package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellerworkbench.domain.Level;
import dev.sellerworkbench.domain.LevelKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// V4 moves the level each creator shows out of the creator row into its own table; a workspace
/// migrated from V3 shows the same levels, kinds and declining flags, and writes keep them.
class ShownLevelMigrationTest {

    @TempDir
    Path folder;

    @Test
    void shownLevelsSurviveTheMoveAndWritesUpdateInsertAndRemoveThem() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Workspace.DB_NAME);
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:dev/sellerworkbench/db/migration/common",
                "classpath:dev/sellerworkbench/db/migration/h2").target("3").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("INSERT INTO creator (id, handle, region, name, currency, updated_at, level, "
                    + "level_kind, declining) VALUES "
                    + "(1, 'one', 'VN', 'One', 'VND', CURRENT_TIMESTAMP, 6, 'OFFICIAL', TRUE), "
                    + "(2, 'two', 'VN', 'Two', 'VND', CURRENT_TIMESTAMP, NULL, 'PROJECTED', FALSE), "
                    + "(3, 'three', 'VN', 'Three', 'VND', CURRENT_TIMESTAMP, NULL, NULL, FALSE)");
        }

        try (Workspace ws = Workspace.open(folder)) {
            assertEquals(Workspace.SCHEMA_VERSION, ws.schemaVersion());
            assertEquals(new Level(6, LevelKind.OFFICIAL, true), ws.creators().findById(1).orElseThrow().level());
            assertEquals(new Level(null, LevelKind.PROJECTED, false), ws.creators().findById(2).orElseThrow().level());
            assertNull(ws.creators().findById(3).orElseThrow().level(), "a creator who showed no level still shows none");

            Map<Long, Level> levels = new LinkedHashMap<>();
            levels.put(1L, Level.projected(4));
            levels.put(2L, null);
            levels.put(3L, Level.official(2));
            ws.jdbi().useTransaction(h -> CreatorRepository.updateLevels(h, levels));
            assertEquals(Level.projected(4), ws.creators().findById(1).orElseThrow().level());
            assertNull(ws.creators().findById(2).orElseThrow().level());
            assertEquals(Level.official(2), ws.creators().findById(3).orElseThrow().level());

            Map<Long, Level> streamed = new HashMap<>();
            ws.jdbi().useHandle(h -> CreatorRepository.forEachLevel(h, streamed::put));
            assertEquals(Map.of(1L, Level.projected(4), 3L, Level.official(2)), streamed);

            ws.creators().delete(3);
            assertEquals(1L, (long) ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM creator_level_shown")
                    .mapTo(Long.class).one()), "a deleted creator's shown level goes with it");
        }
    }
}

package dev.sellerworkbench.db.migration.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.sellerworkbench.store.Workspace;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A Java migration records no checksum unless it defines one; V2 defines none, so workspaces
/// migrated before its code was made self-contained validate as they did.
class FrozenMigrationTest {

    @TempDir
    Path folder;

    @Test
    void theJavaMigrationRecordsNoChecksum() throws Exception {
        assertNull(new V2__Faster_levels_and_imports().getChecksum());
        try (Workspace ws = Workspace.open(folder)) {
            Integer rows = ws.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" = '2' AND \"checksum\" IS NULL AND \"success\"").mapTo(Integer.class).one());
            assertEquals(1, rows);
        }
        // the history written by the workspace validates against the migrations as they are now
        Flyway.configure().dataSource("jdbc:h2:file:" + folder.resolve(Workspace.DB_NAME), "sa", "")
                .locations("classpath:dev/sellerworkbench/db/migration/common", "classpath:dev/sellerworkbench/db/migration/h2")
                .load().validate();
    }
}

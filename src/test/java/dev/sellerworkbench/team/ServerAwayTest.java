package dev.sellerworkbench.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.StoreErrors;
import dev.sellerworkbench.store.TeamCredentials;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.store.WorkspaceAddress;
import dev.sellerworkbench.ui.common.ErrorText;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The team's server goes away mid-session and comes back: work done meanwhile is refused with a
/// plain message (never kept to be sent later), and the pool reconnects by itself afterwards.
class ServerAwayTest {

    @TempDir
    Path dir;

    @Test
    void workWhileTheServerIsAwayIsRefusedAndThePoolReconnectsWhenItIsBack() throws Exception {
        int port = freePort();
        Path data = dir.resolve("pgdata");
        EmbeddedPostgres server = start(data, port);
        WorkspaceAddress.Team team = new WorkspaceAddress.Team("localhost", port, "postgres");
        try (Workspace ws = Workspace.open(team, new TeamCredentials("postgres", ""))) {
            ws.settings().put("seller.shopName", "Before");
            server.close();

            long started = System.nanoTime();
            RuntimeException refused = assertThrows(RuntimeException.class, () -> ws.settings().put("seller.shopName", "While away"));
            long waited = (System.nanoTime() - started) / 1_000_000;
            assertEquals(StoreErrors.Kind.UNREACHABLE, StoreErrors.classify(refused).orElseThrow(), refused.toString());
            assertTrue(waited < 15_000, "refused after " + waited + " ms, not hung");
            String message = ErrorText.describe(Messages.forLocale(Locale.ENGLISH), refused, ws.location());
            assertTrue(message.startsWith("The team workspace " + team.display() + " cannot be reached. Nothing was saved"),
                    message);

            server = start(data, port);
            assertEquals("Before", ws.settings().get("seller.shopName", "?"),
                    "the pool reconnected, and the change made while away was not kept");
            ws.settings().put("seller.shopName", "After");
            assertEquals("After", ws.settings().get("seller.shopName", "?"));
        } finally {
            server.close();
        }
    }

    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws Exception {
        for (int port = 24_000 + (int) (ProcessHandle.current().pid() % 3000); port < 32_000; port += 11) {
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (java.io.IOException busy) {
                // next
            }
        }
        throw new IllegalStateException("no free port");
    }
}

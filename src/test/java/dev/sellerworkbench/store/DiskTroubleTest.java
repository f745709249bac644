package dev.sellerworkbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sellerworkbench.cli.Cli;
import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.domain.ContentType;
import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.Region;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A full disk and a read-only folder, for real: a small tmpfs is mounted for the workspace
/// (where the machine allows it; these tests are skipped elsewhere). The user is told what is
/// wrong in plain words, and nothing half-written remains.
class DiskTroubleTest {

    @TempDir
    Path dir;
    Path mount;

    static boolean run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    void mountTmpfs(String options) throws Exception {
        mount = dir.resolve("disk");
        Files.createDirectories(mount);
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", options, "tmpfs", mount.toString()),
                "mounting a tmpfs is not allowed here");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            run("umount", mount.toString());
        }
    }

    static List<Creator> batch(int round, int size) {
        List<Creator> creators = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            creators.add(new Creator(0, "b" + round + "-" + i, "Creator with a fairly long display name " + i, Region.VN,
                    null, i, 1, 1, 1, Money.of("1000", "VND"), 0, 0, List.of("Beauty", "Home", "Fashion"),
                    EnumSet.of(ContentType.VIDEO), "0912 345 678", "someone" + i + "@example.com", Audience.UNKNOWN, null));
        }
        return creators;
    }

    @Test
    void aFullDiskIsNamedAndEveryBatchIsWholeOrAbsent() throws Exception {
        mountTmpfs("size=6m"); // room for a new workspace's schema, then batches until it is full
        Path folder = mount.resolve("ws");
        int acknowledged = 0;
        Throwable failure = null;
        try (Workspace ws = Workspace.open(folder)) {
            for (int round = 0; round < 10_000 && failure == null; round++) {
                List<Creator> creators = batch(round, 200);
                try {
                    ws.jdbi().useTransaction(h -> CreatorRepository.insertAll(h, creators));
                    acknowledged++;
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        assertTrue(failure != null, "the 3 MB disk filled up");
        assertEquals(StoreErrors.Kind.DISK_FULL, StoreErrors.classify(failure).orElse(null), String.valueOf(failure));

        assertTrue(run("mount", "-o", "remount,size=64m", mount.toString()), "the disk could be grown");
        try (Workspace ws = Workspace.open(folder)) {
            List<Long> perBatch = ws.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM creator GROUP BY SUBSTRING(handle, 1, LOCATE('-', handle) - 1)")
                    .mapTo(Long.class).list());
            perBatch.forEach(n -> assertEquals(200L, n, "a batch was half-written"));
            assertEquals(acknowledged, perBatch.size(), "every acknowledged batch is there and no other");
        }
    }

    @Test
    void aReadOnlyFolderIsNamedAndNothingIsWritten() throws Exception {
        mountTmpfs("size=8m");
        Path folder = mount.resolve("ws");
        try (Workspace ws = Workspace.open(folder)) {
            ws.settings().put(SettingsRepository.SHOP_NAME, "Hương");
        }
        assertTrue(run("mount", "-o", "remount,ro", mount.toString()));
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
        assertEquals(StoreErrors.Kind.READ_ONLY, StoreErrors.classify(e).orElse(null), e.getMessage());

        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli().run(new String[] {"--workspace", folder.toString(), "info"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), Clock.systemUTC());
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(Cli.INTERNAL_ERROR, exit);
        assertTrue(message.contains("cannot be written") && message.contains(folder.toString()), message);
        assertFalse(message.contains("Exception"), message);
    }
}

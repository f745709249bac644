package dev.sellerworkbench.ui;

import dev.sellerworkbench.ui.creators.FindCreatorsViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/// A measured start: with `-Dsw.bench.exitOnFirstPage=true` the window reports when Find
/// Creators first shows a page answered by the index for the saved filters and sort
/// (`SW_FIRST_PAGE`, with the heap then in use, the index built), and closes. A stand-in page
/// shown before, while the index builds, is reported on a line of its own (`SW_STANDIN_PAGE`).
/// The benchmark's `startup_ms` and the app image's ahead-of-time training start
/// (`installer/aot-cache.sh`) start the window that way and read these lines. Without the
/// property nothing is installed and Find Creators tells no one.
final class StartupProbe {

    private static boolean standInReported;
    private static boolean reported;

    private StartupProbe() {
    }

    /// Listens for Find Creators' first pages when the start is being measured.
    static void installIfRequested() {
        if (Boolean.getBoolean("sw.bench.exitOnFirstPage")) {
            FindCreatorsViewModel.onFirstPageShown(StartupProbe::pageShown);
        }
    }

    private static void pageShown(boolean indexed) {
        if (!indexed) {
            if (!standInReported && !reported) {
                standInReported = true;
                System.out.println("SW_STANDIN_PAGE uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime());
                System.out.flush();
            }
            return;
        }
        if (reported) {
            return;
        }
        reported = true;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.println("SW_FIRST_PAGE uptime_ms=" + uptime + " heap_mb=" + usedMb);
        System.out.flush();
        Platform.exit();
    }
}

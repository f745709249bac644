package dev.sellerworkbench.ui;

import dev.sellerworkbench.ui.creators.FindCreatorsViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/// A measured start: with `-Dsw.bench.exitOnFirstPage=true` the window reports when Find
/// Creators first shows a page, with the heap then in use, and closes. The benchmark's
/// `startup_ms` and the app image's ahead-of-time training start (`installer/aot-cache.sh`) start
/// the window that way and read the `SW_FIRST_PAGE` line. Without the property nothing is
/// installed and Find Creators tells no one.
final class StartupProbe {

    private static boolean reported;

    private StartupProbe() {
    }

    /// Listens for Find Creators' first page when the start is being measured.
    static void installIfRequested() {
        if (Boolean.getBoolean("sw.bench.exitOnFirstPage")) {
            FindCreatorsViewModel.onFirstPageShown(StartupProbe::firstPageShown);
        }
    }

    private static void firstPageShown() {
        if (reported) {
            return;
        }
        reported = true;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.println("SW_FIRST_PAGE uptime_ms=" + ManagementFactory.getRuntimeMXBean().getUptime() + " heap_mb=" + usedMb);
        System.out.flush();
        Platform.exit();
    }
}

package dev.sellerworkbench.ui.creators;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;

/// For the benchmark's `startup_ms`: with `-Dsw.bench.exitOnFirstPage=true` the window reports
/// when Find Creators first shows a page, with the heap then in use, and closes. Without the
/// property it does nothing.
final class StartupProbe {

    private static boolean reported;

    private StartupProbe() {
    }

    static void firstPageShown() {
        if (reported || !Boolean.getBoolean("sw.bench.exitOnFirstPage")) {
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

package dev.sellerworkbench;

import dev.sellerworkbench.cli.Cli;
import java.time.Clock;
import java.util.Arrays;

/// The one entry point: no command opens the window; a command runs headless.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--version")) {
            System.out.println("Seller Workbench " + version());
            return;
        }
        String command = firstCommand(args);
        if (command == null) {
            // The window lives in ui; loaded by name so nothing but this launcher refers to it.
            Class.forName("dev.sellerworkbench.ui.App").getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        System.exit(new Cli().run(args, System.out, System.err, Clock.systemDefaultZone()));
    }

    /// The first word that is not a global flag, or null when there is none.
    static String firstCommand(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--workspace")) {
                i++;
            } else if (!args[i].startsWith("--")) {
                return args[i];
            } else if (args[i].equals("--help")) {
                return "help";
            }
        }
        return null;
    }

    public static String version() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

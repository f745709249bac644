package dev.sellerworkbench;

import dev.sellerworkbench.cli.Cli;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/// The one entry point: no command opens the window; a command runs headless. A file in place of
/// a command (a CSV, XLSX or JSON export opened from the file manager) opens the window with that
/// file in the import dialog.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (Arrays.asList(args).contains("--version")) {
            System.out.println("Seller Workbench " + version());
            return;
        }
        if (opensWindow(args)) {
            // The window lives in ui; loaded by name so nothing but this launcher refers to it.
            Class.forName("dev.sellerworkbench.ui.App").getMethod("main", String[].class).invoke(null, (Object) args);
            return;
        }
        System.exit(new Cli().run(args, System.out, System.err, Clock.systemDefaultZone()));
    }

    /// True when `args` name no command: none at all, or an existing file that is not a command's
    /// name (the window then offers it for import).
    static boolean opensWindow(String[] args) {
        String command = firstCommand(args);
        return command == null || isFile(command) && !Cli.isCommand(command);
    }

    private static boolean isFile(String word) {
        try {
            return Files.isRegularFile(Path.of(word));
        } catch (InvalidPathException e) {
            return false;
        }
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

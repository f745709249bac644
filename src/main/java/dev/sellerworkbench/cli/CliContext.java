package dev.sellerworkbench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.sellerworkbench.app.Services;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/// What a command runs with: the workspace (opened on first use) and its services, output streams
/// and a clock.
public final class CliContext implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final String location;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private Workspace workspace;
    private Services services;

    /// `location`: a workspace folder or a team workspace's `postgresql://` URL.
    public CliContext(String location, PrintStream out, PrintStream err, Clock clock) {
        this.location = location;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    /// The workspace, opened (and created empty if new) on first use.
    public Workspace workspace() {
        if (workspace == null) {
            workspace = Workspace.open(location);
        }
        return workspace;
    }

    /// The workspace's services (the composition root), built once on first use.
    public Services services() {
        if (services == null) {
            services = Services.of(workspace(), clock, messages());
        }
        return services;
    }

    /// The language of the command line: the machine's.
    public Messages messages() {
        return Messages.forLocale(Locale.getDefault());
    }

    /// The workspace folder; a team workspace has none.
    public Path folder() {
        if (dev.sellerworkbench.store.WorkspaceAddress.isTeam(location)) {
            throw new InputRejectedException("This command works on a workspace folder; " + location
                    + " is a team workspace, backed up and restored with the server's own tools");
        }
        return Path.of(location);
    }

    /// The `--workspace` value as given: a folder or a `postgresql://` URL.
    public String location() {
        return location;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    public Clock clock() {
        return clock;
    }

    public ObjectMapper json() {
        return JSON;
    }

    /// Prints a value as JSON on stdout.
    public void printJson(Object value) throws Exception {
        out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    }

    /// Progress on stderr, at most once per tenth of the work, so scripts keep a clean stdout.
    public Progress progress() {
        return new Progress() {
            private long lastTenth = -1;

            @Override
            public synchronized void update(long done, long total, String message) {
                long tenth = total <= 0 ? 0 : done * 10 / total;
                if (tenth != lastTenth) {
                    lastTenth = tenth;
                    err.println(message + ": " + (total <= 0 ? done : tenth * 10 + "%"));
                }
            }

            @Override
            public boolean cancelled() {
                return Thread.currentThread().isInterrupted();
            }
        };
    }

    @Override
    public void close() {
        if (workspace != null) {
            workspace.close();
        }
    }
}

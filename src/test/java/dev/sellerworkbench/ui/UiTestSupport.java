package dev.sellerworkbench.ui;

import dev.sellerworkbench.demo.DemoGenerator;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.Workspace;
import dev.sellerworkbench.ui.common.Formats;
import dev.sellerworkbench.ui.common.TaskRunner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/// Small demo workspaces and contexts for window tests, and snapshots to PNG.
public final class UiTestSupport {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZONE);

    private UiTestSupport() {
    }

    public static Workspace demoWorkspace(int creators) throws IOException {
        Path dir = Files.createTempDirectory("sw-ui-test");
        Workspace ws = Workspace.open(dir);
        new DemoGenerator(ws, CLOCK, Progress.NONE).generate(creators);
        return ws;
    }

    /// A context whose background work runs at once on the calling thread, so tests are deterministic.
    public static AppContext context(Workspace ws, Locale locale) {
        Messages messages = Messages.forLocale(locale);
        return new AppContext(ws, TaskRunner.direct(), messages, new Formats(messages.getLocale(), ZONE), CLOCK,
                Preferences.forTest("ui-" + locale.toLanguageTag()), ScreenHost.NONE);
    }

    /// Writes the scene to `target/screenshots/NAME.png` (or the `screenshots.dir` folder).
    public static Path snapshot(Scene scene, String name) throws Exception {
        WritableImage image = javafx.application.Platform.isFxApplicationThread() ? scene.snapshot(null)
                : org.testfx.util.WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}

package dev.sellerworkbench.ui.creators;

/// The follower slider's log scale: slider value `v` stands for 10^v followers, rounded to two
/// significant digits so the fields show 52,000 rather than 51,794.
final class FollowerScale {

    private FollowerScale() {
    }

    static double toSlider(long followers) {
        return followers <= 1 ? 0 : Math.log10(followers);
    }

    static long toFollowers(double slider) {
        if (slider <= 0) {
            return 0;
        }
        double exact = Math.pow(10, slider);
        double step = Math.pow(10, Math.max(0, Math.floor(Math.log10(exact)) - 1));
        return Math.round(exact / step) * (long) step;
    }

    /// The minimum field's text: empty at the far left (no minimum).
    static String minText(double slider) {
        return slider <= 0.001 ? "" : String.valueOf(toFollowers(slider));
    }

    /// The maximum field's text: empty at the far right (no maximum).
    static String maxText(double slider, double sliderMax) {
        return slider >= sliderMax - 0.001 ? "" : String.valueOf(toFollowers(slider));
    }
}

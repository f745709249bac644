package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Sample;

/// One sample as the Samples screen and the creator's Samples tab show it: names, not ids, and
/// "—" for what is not known.
public record SampleRow(Sample sample, String creator, String product, String plan, String status, String requested,
                        String shipped, String delivered, String content, String cost, String earnedGmv,
                        String earnedCommission) {

    public long id() {
        return sample.id();
    }

    /// The carrier and tracking number ("GHN GHN123"), "—" when neither is known.
    public String tracking() {
        String text = ((sample.carrier() == null ? "" : sample.carrier()) + " "
                + (sample.trackingNumber() == null ? "" : sample.trackingNumber())).strip();
        return text.isEmpty() ? "—" : text;
    }
}

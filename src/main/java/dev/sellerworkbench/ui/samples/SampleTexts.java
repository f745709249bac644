package dev.sellerworkbench.ui.samples;

import dev.sellerworkbench.domain.Money;
import dev.sellerworkbench.domain.SampleStatus;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.samples.SampleException;
import dev.sellerworkbench.samples.StaleSampleException;
import dev.sellerworkbench.store.SampleRepository;
import dev.sellerworkbench.ui.common.ErrorText;
import dev.sellerworkbench.ui.common.Formats;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/// How samples read in the interface language: statuses, rows and the sentence for a refusal.
final class SampleTexts {

    private SampleTexts() {
    }

    static String status(Messages messages, SampleStatus status) {
        return status == null ? messages.get("samples.filter.allStatuses") : messages.get("samples.status." + status.name());
    }

    static SampleRow row(SampleRepository.Listed listed, Map<Long, SampleRepository.Earned> earned, String currency,
                         Messages messages, Formats formats) {
        var s = listed.sample();
        var e = earned.get(s.id());
        String creator = listed.creatorName() == null || listed.creatorName().isBlank()
                ? "@" + listed.creatorHandle() : listed.creatorName() + " (@" + listed.creatorHandle() + ")";
        Instant content = s.contentAt() != null ? s.contentAt() : s.noContentAt();
        return new SampleRow(s, creator, listed.productTitle(), listed.planName() == null ? "—" : listed.planName(),
                status(messages, s.status()), date(formats, s.requestedAt()), date(formats, s.shippedAt()),
                date(formats, s.deliveredAt()), date(formats, content), formats.money(s.cost()),
                e == null ? "—" : formats.money(Money.of(e.gmv(), currency)),
                e == null ? "—" : formats.money(Money.of(e.commission(), currency)));
    }

    static String date(Formats formats, Instant at) {
        return at == null ? "—" : formats.dateTime(at);
    }

    /// The sentence for a change that was refused or failed; nothing of it was saved.
    static String failure(Messages messages, Formats formats, Throwable error, Object workspace) {
        if (error instanceof StaleSampleException stale) {
            return stale.lastChange()
                    .map(c -> messages.get("samples.error.changedMeanwhile", String.valueOf(stale.sampleId()),
                            c.actor() == null ? "?" : c.actor(), formats.dateTime(c.at())))
                    .orElse(messages.get("samples.error.changedMeanwhile", String.valueOf(stale.sampleId()), "?", "?"));
        }
        if (error instanceof SampleException refused) {
            return messages.get(refused.key(), Arrays.stream(refused.args())
                    .map(a -> a instanceof SampleStatus st ? status(messages, st) : String.valueOf(a)).toArray());
        }
        return ErrorText.describe(messages, error, workspace);
    }
}

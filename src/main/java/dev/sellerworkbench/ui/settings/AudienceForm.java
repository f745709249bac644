package dev.sellerworkbench.ui.settings;

import dev.sellerworkbench.domain.Audience;
import dev.sellerworkbench.search.TargetAudience;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The target audience edited as a gender and an age band, each with an optional minimum share,
/// kept in step with the setting's text (`female:60,18-24:30`) that the catalogue checks and the
/// recommender reads (R-CR-6, R-AP-5). "" stands for "any".
final class AudienceForm {

    static final List<String> GENDERS = List.of("", "female", "male", "other");
    static final List<String> AGE_BANDS;

    static {
        List<String> bands = new ArrayList<>(List.of(""));
        bands.addAll(List.of(Audience.AGE_BANDS));
        AGE_BANDS = List.copyOf(bands);
    }

    private final StringProperty text;
    private final ObjectProperty<String> gender = new SimpleObjectProperty<>("");
    private final StringProperty genderShare = new SimpleStringProperty("");
    private final ObjectProperty<String> age = new SimpleObjectProperty<>("");
    private final StringProperty ageShare = new SimpleStringProperty("");
    private boolean syncing;

    /// `text`: the setting's field in the form, which this keeps in step both ways.
    AudienceForm(StringProperty text) {
        this.text = text;
        text.addListener((obs, old, now) -> split(now));
        gender.addListener((obs, old, now) -> join());
        genderShare.addListener((obs, old, now) -> join());
        age.addListener((obs, old, now) -> join());
        ageShare.addListener((obs, old, now) -> join());
    }

    private void split(String value) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            TargetAudience target = TargetAudience.parse(value == null ? "" : value);
            gender.set(target.gender() == null ? "" : target.gender().gender().name().toLowerCase(Locale.ROOT));
            genderShare.set(target.gender() == null || target.gender().minPercent() == null ? ""
                    : String.valueOf(target.gender().minPercent()));
            age.set(target.age() == null ? "" : Audience.AGE_BANDS[target.age().band()]);
            ageShare.set(target.age() == null || target.age().minPercent() == null ? "" : String.valueOf(target.age().minPercent()));
        } catch (IllegalArgumentException e) {
            // a stored value the catalogue would refuse: the text field shows it, the save stays off
        } finally {
            syncing = false;
        }
    }

    /// Writes the parts as the setting's text; a share typed without a gender or band is kept in the
    /// text so the catalogue refuses it rather than it vanishing.
    private void join() {
        if (syncing) {
            return;
        }
        List<String> parts = new ArrayList<>();
        part(parts, gender.get(), genderShare.get());
        part(parts, age.get(), ageShare.get());
        syncing = true;
        try {
            text.set(String.join(",", parts));
        } finally {
            syncing = false;
        }
    }

    private static void part(List<String> parts, String what, String share) {
        String s = share == null ? "" : share.strip();
        if (what == null || what.isEmpty()) {
            if (!s.isEmpty()) {
                parts.add(":" + s);
            }
            return;
        }
        parts.add(s.isEmpty() ? what : what + ":" + s);
    }

    ObjectProperty<String> genderProperty() {
        return gender;
    }

    StringProperty genderShareProperty() {
        return genderShare;
    }

    ObjectProperty<String> ageProperty() {
        return age;
    }

    StringProperty ageShareProperty() {
        return ageShare;
    }
}

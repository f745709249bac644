package dev.sellerworkbench.ui.creators;

import dev.sellerworkbench.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;

/// The two filter controls that need more than a plain binding: the levels box, kept in step
/// with the view-model's level list both ways, and the follower slider on a log scale beside the
/// exact min/max fields.
final class FilterBindings {

    private boolean syncing;

    /// L0–L8 plus "unrated"; the title names what is checked so a closed box still shows the filter.
    void levels(CheckComboBox<Integer> box, ObservableList<Integer> levels, Messages messages) {
        box.getItems().setAll(IntStream.rangeClosed(CreatorFilters.UNRATED, CreatorFilters.TOP_LEVEL).boxed().toList());
        box.setConverter(FilterControls.converter(l -> l == null ? "" : l == CreatorFilters.UNRATED
                ? messages.get("search.ui.unrated") : "L" + l));
        Runnable title = () -> box.setTitle(levels.isEmpty() ? messages.get("search.ui.levels")
                : String.join(", ", levels.stream().sorted().map(l -> box.getConverter().toString(l)).toList()));
        Runnable fromModel = () -> {
            syncing = true;
            box.getCheckModel().clearChecks();
            levels.forEach(l -> box.getCheckModel().check(l));
            syncing = false;
        };
        title.run();
        fromModel.run();
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Integer>) c -> {
            List<Integer> checked = new ArrayList<>(box.getCheckModel().getCheckedItems());
            if (!syncing && !checked.equals(levels)) {
                levels.setAll(checked);
            }
        });
        levels.addListener((ListChangeListener<Integer>) c -> {
            title.run();
            if (!syncing && !new ArrayList<>(box.getCheckModel().getCheckedItems()).equals(levels)) {
                fromModel.run();
            }
        });
    }

    /// The slider works in powers of ten (1 … 10M) so small and large accounts both get room;
    /// the fields hold the exact bounds. A drag writes the fields when it ends, a click at once.
    void followers(RangeSlider slider, TextField minField, TextField maxField, CreatorFilters f) {
        FilterControls.debounced(minField, f.followersMinProperty());
        FilterControls.debounced(maxField, f.followersMaxProperty());
        Runnable toSlider = () -> {
            syncing = true;
            Long min = CreatorFilters.whole(f.followersMinProperty().get());
            Long max = CreatorFilters.whole(f.followersMaxProperty().get());
            slider.setHighValue(max == null ? slider.getMax() : Math.min(slider.getMax(), FollowerScale.toSlider(max)));
            slider.setLowValue(min == null ? 0 : Math.min(slider.getHighValue(), FollowerScale.toSlider(min)));
            syncing = false;
        };
        toSlider.run();
        f.followersMinProperty().addListener(o -> toSlider.run());
        f.followersMaxProperty().addListener(o -> toSlider.run());
        Runnable low = () -> {
            if (!syncing && !slider.isLowValueChanging()) {
                f.followersMinProperty().set(FollowerScale.minText(slider.getLowValue()));
            }
        };
        Runnable high = () -> {
            if (!syncing && !slider.isHighValueChanging()) {
                f.followersMaxProperty().set(FollowerScale.maxText(slider.getHighValue(), slider.getMax()));
            }
        };
        slider.lowValueProperty().addListener(o -> low.run());
        slider.lowValueChangingProperty().addListener(o -> low.run());
        slider.highValueProperty().addListener(o -> high.run());
        slider.highValueChangingProperty().addListener(o -> high.run());
    }
}

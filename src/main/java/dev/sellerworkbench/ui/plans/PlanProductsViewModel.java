package dev.sellerworkbench.ui.plans;

import dev.sellerworkbench.commission.PlanDraft;
import dev.sellerworkbench.commission.PlanProblem;
import dev.sellerworkbench.commission.PlanValidator;
import dev.sellerworkbench.domain.Product;
import dev.sellerworkbench.domain.Rate;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.ui.common.Formats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The products of an Open or Targeted plan being edited: adding through the picker's rules
/// (R-PR-1, R-PR-2), removing, and one rate for all (R-PLAN-3).
public final class PlanProductsViewModel {

    private final Formats formats;
    private final Messages messages;
    private final Runnable onEdit;
    private final ObservableList<PlanItemRow> items = FXCollections.observableArrayList();
    private final StringProperty uniformRate = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper uniformRateProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Map<String, Product> products = Map.of();
    private PlanValidator validator;
    private ProductRules rules;
    private boolean bulk;

    PlanProductsViewModel(Messages messages, Formats formats, Runnable onEdit) {
        this.formats = formats;
        this.messages = messages;
        this.onEdit = onEdit;
    }

    void load(Map<String, Product> known, PlanValidator planValidator, ProductRules productRules,
              List<EditorState.Item> states) {
        products = known;
        validator = planValidator;
        rules = productRules;
        items.setAll(states.stream().map(this::row).toList());
        message.set("");
        uniformRateProblem.set("");
    }

    private PlanItemRow row(EditorState.Item state) {
        return new PlanItemRow(state, products.get(state.productId()), messages, validator, this::rowEdited);
    }

    private void rowEdited() {
        if (!bulk) {
            onEdit.run();
        }
    }

    /// Puts back the items of an undone or redone state, keeping the rows that are still there.
    void restore(List<EditorState.Item> states) {
        Map<String, PlanItemRow> current = new HashMap<>();
        items.forEach(r -> current.put(r.productId(), r));
        List<PlanItemRow> rows = new ArrayList<>();
        for (EditorState.Item item : states) {
            PlanItemRow row = current.get(item.productId());
            if (row == null) {
                row = row(item);
            } else {
                row.rateProperty().set(item.rate());
                row.reasonProperty().set(item.reason());
            }
            rows.add(row);
        }
        items.setAll(rows);
    }

    /// R-PLAN-3's uniform rate: the engine's `withUniformRate` applied to every product of `draft`.
    public void applyUniformRate(Supplier<PlanDraft> draft) {
        List<PlanProblem> found = new ArrayList<>();
        Optional<Rate> rate = validator.parseRate(null, PlanProblem.FIELD_RATE, uniformRate.get(), found);
        uniformRateProblem.set(found.isEmpty() ? "" : found.getFirst().message(messages));
        if (rate.isEmpty()) {
            return;
        }
        PlanDraft uniform = draft.get().withUniformRate(rate.get());
        bulk = true;
        for (int i = 0; i < items.size(); i++) {
            items.get(i).rateProperty().set(PlanItemRow.text(uniform.items().get(i).rate()));
        }
        bulk = false;
        onEdit.run();
    }

    /// Adds the products that may go into the plan; says why any may not (R-PR-2).
    public List<Product> add(List<Product> picked) {
        List<String> present = ids();
        List<Product> added = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Product product : picked) {
            String why = rules.whyNot(product, present);
            if (why != null || added.contains(product)) {
                refused.add(messages.get("plans.picker.refused", product.title(), why));
                continue;
            }
            added.add(product);
            items.add(row(new EditorState.Item(product.id(), uniformRate.get().isBlank() ? "" : uniformRate.get(), "")));
        }
        message.set(String.join("\n", refused));
        if (!added.isEmpty()) {
            onEdit.run();
        }
        return added;
    }

    public void remove(PlanItemRow row) {
        if (items.remove(row)) {
            onEdit.run();
        }
    }

    /// The picker's rows: every product with its status, other plans of the type, why-not and conflicts.
    ProductPickerViewModel picker(Collection<Long> creatorIds) {
        List<String> present = ids();
        List<ProductChoice> choices = products.values().stream().map(p -> new ProductChoice(p,
                messages.get(p.live() ? "plans.product.live" : "plans.product.revoked"),
                formats.money(p.price()), rules.included(p.id()),
                Optional.ofNullable(rules.whyNot(p, present)).orElse(""), rules.conflictsFor(p.id(), creatorIds))).toList();
        return new ProductPickerViewModel(choices, messages);
    }

    /// Marks problems publishing found on items; clears the old product marks first.
    void show(List<PlanProblem> found) {
        items.forEach(PlanItemRow::clearProductProblem);
        for (PlanProblem problem : found) {
            if (problem.item() != null) {
                items.stream().filter(r -> r.productId().equals(problem.item())).forEach(r -> r.show(problem));
            }
        }
    }

    /// Problems of the rates as typed (not a number, too many decimals, out of bounds).
    List<PlanProblem> typedRateProblems() {
        List<PlanProblem> found = new ArrayList<>();
        for (PlanItemRow row : items) {
            if (!row.rateProperty().get().isBlank()) {
                found.addAll(row.rateProblems());
            }
        }
        return found;
    }

    List<String> ids() {
        return items.stream().map(PlanItemRow::productId).toList();
    }

    List<PlanDraft.Item> draftItems() {
        return items.stream().map(PlanItemRow::toItem).toList();
    }

    List<EditorState.Item> states() {
        return items.stream().map(PlanItemRow::state).toList();
    }

    public ObservableList<PlanItemRow> items() {
        return items;
    }

    public StringProperty uniformRateProperty() {
        return uniformRate;
    }

    public ReadOnlyStringProperty uniformRateProblemProperty() {
        return uniformRateProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

package dev.sellerworkbench.settings;

import dev.sellerworkbench.i18n.CategoryNames;
import dev.sellerworkbench.i18n.Messages;
import dev.sellerworkbench.store.SettingsRepository;
import dev.sellerworkbench.store.SettingsRepository.Versioned;
import dev.sellerworkbench.store.Workspace;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/// The seller's own names for platform category ids (R-EX-1), kept in the workspace beside the
/// other settings (`categoryName.<id>` for every language, `categoryName.<id>.<tag>` for one), so
/// they travel with it, are versioned like every setting (a colleague's change made in between is
/// never overwritten) and audited. They win over the shipped `i18n/categories_*.properties`.
public final class CategoryOverrides {

    /// The prefix of the stored names.
    public static final String PREFIX = "categoryName.";
    /// The longest name kept (the width of a filter's list).
    public static final int MAX_LENGTH = 60;

    private final Workspace workspace;

    public CategoryOverrides(Workspace workspace) {
        this.workspace = workspace;
    }

    /// The names as they stand now, in the language of `messages`.
    public CategoryNames names(Messages messages) {
        return names(messages, workspace.settings().allVersioned());
    }

    /// The names that `stored` (settings read with their versions) gives, in the language of `messages`.
    public static CategoryNames names(Messages messages, Map<String, Versioned> stored) {
        Map<String, Map<String, String>> overrides = new HashMap<>();
        stored.forEach((key, v) -> parseKey(key).ifPresent(k -> {
            if (v.value() != null && !v.value().isBlank()) {
                overrides.computeIfAbsent(k.id(), id -> new TreeMap<>()).put(k.tag(), v.value());
            }
        }));
        return new CategoryNames(messages, overrides);
    }

    /// One category id of the workspace as Settings lists it: how many creators hold it, its
    /// shipped name (or "Category 601450"), whether one is shipped, and the seller's names.
    public record Entry(String id, long creators, String shippedName, boolean shipped, Map<String, String> own) {

        /// The seller's name for every language, if one was given.
        public Optional<String> ownForAll() {
            return Optional.ofNullable(own.get(CategoryNames.ALL_LANGUAGES));
        }
    }

    /// Every platform category id the creators hold, and every id the seller named: the ids with no
    /// shipped name first, then by id.
    public List<Entry> list(Messages messages) {
        Map<String, Versioned> stored = workspace.settings().allVersioned();
        CategoryNames names = names(messages, stored);
        Map<String, Long> counts = workspace.creators().countByCategory();
        TreeSet<String> ids = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        counts.keySet().stream().filter(CategoryNames::isId).forEach(ids::add);
        ids.addAll(names.named());
        List<Entry> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(new Entry(id, counts.getOrDefault(id, 0L), names.shippedName(id), names.isShipped(id),
                    names.overrides(id)));
        }
        entries.sort(Comparator.comparing(Entry::shipped)); // stable: unknown ids first, each in id order
        return entries;
    }

    /// Why `id`, `name` and `tag` cannot be kept, in the user's language; empty when they can.
    public static Optional<String> problem(String id, String name, String tag, Messages messages) {
        if (id == null || !CategoryNames.isId(id.strip())) {
            return Optional.of(messages.get("categories.problem.id", id == null ? "" : id));
        }
        if (name == null || name.isBlank()) {
            return Optional.of(messages.get("categories.problem.empty", id));
        }
        if (name.strip().length() > MAX_LENGTH) {
            return Optional.of(messages.get("categories.problem.long", id, MAX_LENGTH));
        }
        if (name.contains("|")) {
            return Optional.of(messages.get("categories.problem.bar", id));
        }
        if (tag != null && !tag.isEmpty() && !CategoryNames.tags().contains(tag)) {
            return Optional.of(messages.get("categories.problem.language", tag, String.join(", ", CategoryNames.tags())));
        }
        return Optional.empty();
    }

    /// Names `id` `name` in the language `tag` (or in every language for [CategoryNames#ALL_LANGUAGES],
    /// which drops the per-language names so the one typed shows everywhere), against the settings
    /// as read in `read`. Check [#problem] first.
    public SettingsService.Saved set(String id, String name, String tag, Map<String, Versioned> read, String actor, Instant at) {
        if (problem(id, name, tag, Messages.forLocale(java.util.Locale.ENGLISH)).isPresent()) {
            throw new IllegalArgumentException("set() takes only accepted names; check problem() first");
        }
        String key = key(id.strip(), tag);
        List<SettingsRepository.Change> changes = new ArrayList<>();
        Versioned before = read.get(key);
        if (before == null || !name.strip().equals(before.value())) {
            changes.add(new SettingsRepository.Change(key, name.strip(), before == null ? null : before.version()));
        }
        if (tag == null || tag.isEmpty()) {
            changes.addAll(removals(id.strip(), read, true));
        }
        return new SettingsService(workspace).save(changes, actor, at);
    }

    /// Drops the seller's names for `id`, so the shipped one (or "Category 601450") shows again.
    public SettingsService.Saved reset(String id, Map<String, Versioned> read, String actor, Instant at) {
        return new SettingsService(workspace).save(removals(id.strip(), read, false), actor, at);
    }

    private static List<SettingsRepository.Change> removals(String id, Map<String, Versioned> read, boolean languagesOnly) {
        List<SettingsRepository.Change> changes = new ArrayList<>();
        read.forEach((key, v) -> parseKey(key).ifPresent(k -> {
            if (k.id().equals(id) && (!languagesOnly || !k.tag().isEmpty())) {
                changes.add(new SettingsRepository.Change(key, null, v.version()));
            }
        }));
        return changes;
    }

    /// The stored key of a name for `id` in `tag` (null or empty: every language).
    public static String key(String id, String tag) {
        return tag == null || tag.isEmpty() ? PREFIX + id : PREFIX + id + "." + tag;
    }

    private record Key(String id, String tag) {
    }

    private static Optional<Key> parseKey(String key) {
        if (!key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = key.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        String id = dot < 0 ? rest : rest.substring(0, dot);
        String tag = dot < 0 ? CategoryNames.ALL_LANGUAGES : rest.substring(dot + 1);
        return CategoryNames.isId(id) ? Optional.of(new Key(id, tag)) : Optional.empty();
    }
}

package dev.sellerworkbench.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sellerworkbench.domain.Region;
import dev.sellerworkbench.level.LevelProfile;
import dev.sellerworkbench.level.LevelProfiles;
import dev.sellerworkbench.level.ProfileException;
import dev.sellerworkbench.level.ProfileReader;
import dev.sellerworkbench.store.LevelProfileRepository;
import dev.sellerworkbench.store.Workspace;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/// Level rule profiles as workspace data (docs/rules.md §2, docs/level-profiles.md): a profile
/// installed from a file, imported on the command line or edited in Settings is stored in the
/// workspace as its JSON document, versioned and audited, so every desktop of a team judges with
/// the same thresholds; a profile the workspace does not hold is the shipped one. Every reader of
/// a profile (recompute, preview, `levels`) goes through here.
public final class WorkspaceProfiles {

    /// The editable figures of one level of a threshold profile (R-LV-1).
    public enum Field {
        GMV("gmv"), ACTIVE_DAYS("activeDays"), PRODUCTS("products");

        private final String json;

        Field(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /// The editable numbers of a score profile (R-LV-5..7): a band's minimum and score in the
    /// sales or behaviour table, and the two conditions of the rating gate.
    public enum ScoreField {
        SALES_MIN("sales", "min"), SALES_SCORE("sales", "score"), BEHAVIOUR_MIN("behaviour", "min"),
        BEHAVIOUR_SCORE("behaviour", "score"), MIN_REPUTATION("gate", "minReputation"),
        MAX_CREDIT_DEDUCTED("gate", "maxCreditDeducted");

        private final String part;
        private final String json;

        ScoreField(String part, String json) {
            this.part = part;
            this.json = json;
        }

        /// Whether the field belongs to a band (and so needs its index).
        public boolean banded() {
            return !part.equals("gate");
        }

        /// The field's path in the document: `sales.bands[3].min`, `gate.minReputation`.
        public String path(int band) {
            return banded() ? part + ".bands[" + band + "]." + json : part + "." + json;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Workspace workspace;
    private final LevelProfileRepository stored;

    public WorkspaceProfiles(Workspace workspace) {
        this.workspace = workspace;
        this.stored = new LevelProfileRepository(workspace);
    }

    /// The profile with this id: the workspace's copy, else a file an older version recorded the
    /// path of, else the shipped one.
    ///
    /// @throws ProfileException when the stored document no longer reads (it names the field)
    public LevelProfile forId(String id) {
        Optional<LevelProfileRepository.Stored> own = stored.find(id);
        if (own.isPresent()) {
            return ProfileReader.read(own.get().body());
        }
        var file = workspace.settings().get(LevelProfiles.SETTING_FILE_PREFIX + id);
        if (file.isPresent() && !file.get().isBlank()) {
            return LevelProfiles.load(java.nio.file.Path.of(file.get()));
        }
        return LevelProfiles.builtIn(id);
    }

    /// The profile a recompute uses when none is named.
    public LevelProfile active() {
        return forId(activeId());
    }

    public String activeId() {
        return workspace.settings().get(LevelProfiles.SETTING_ACTIVE, LevelProfiles.TIKTOK);
    }

    /// The profile that rates creators of `region` (R-LV-12): the active one when it does, else
    /// the other that does; the active one when none does (it then says it does not judge them).
    public LevelProfile forRegion(Region region) {
        LevelProfile active = active();
        if (active.rates(region)) {
            return active;
        }
        for (String id : LevelProfiles.BUILT_IN) {
            if (!id.equals(active.id())) {
                LevelProfile other = forId(id);
                if (other.rates(region)) {
                    return other;
                }
            }
        }
        return active;
    }

    /// Whether the workspace holds its own copy of the profile (edited or installed).
    public Optional<LevelProfileRepository.Stored> stored(String id) {
        return stored.find(id);
    }

    /// The profile's JSON document as used: the workspace's copy, else the shipped document.
    public String json(String id) {
        Optional<LevelProfileRepository.Stored> own = stored.find(id);
        if (own.isPresent()) {
            return own.get().body();
        }
        if (!LevelProfiles.BUILT_IN.contains(id)) {
            throw new ProfileException("id", "levels.profile.error.notInWorkspace", id);
        }
        return LevelProfiles.builtInJson(id);
    }

    /// Validates a document and stores it in the workspace as the profile of its id, which becomes
    /// the active one. A refused document changes nothing; the exception names the field.
    public LevelProfile install(String json, String actor, Instant at) {
        LevelProfile profile = ProfileReader.read(json);
        save(profile.id(), pretty(json), actor, at);
        workspace.settings().put(LevelProfiles.SETTING_ACTIVE, profile.id());
        return profile;
    }

    /// [#install(String, String, Instant)] from a file; an unreadable file is named.
    public LevelProfile install(Path file, String actor, Instant at) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProfileException("(document)", "levels.profile.error.file", file, e.getMessage());
        }
        return install(text, actor, at);
    }

    /// Sets one threshold of a threshold profile and stores the result, validated as a whole:
    /// thresholds must rise with the level and stay in range; a refused value changes nothing and
    /// the exception names the field (`regions.VN.levels[5].gmv`). The edited profile is the
    /// seller's own, no longer labelled as editable defaults.
    public LevelProfile setThreshold(String id, Region region, int level, Field field, String value, String actor,
                                     Instant at) {
        String path = "regions." + region.name() + ".levels[" + level + "]." + field.json();
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new ProfileException(path, "levels.profile.error.notNumber");
        }
        ObjectNode root = tree(json(id));
        JsonNode levels = root.path("regions").path(region.name()).path("levels");
        if (!(levels instanceof ArrayNode list) || level < 0 || level >= list.size()) {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        ObjectNode step = (ObjectNode) list.get(level);
        if (field == Field.GMV) {
            step.put(field.json(), number);
        } else {
            try {
                step.put(field.json(), number.intValueExact());
            } catch (ArithmeticException e) {
                throw new ProfileException(path, "levels.profile.error.notWholeNumber");
            }
        }
        root.put("editableDefaults", false);
        String edited = write(root);
        LevelProfile profile = ProfileReader.read(edited);
        save(id, edited, actor, at);
        return profile;
    }

    /// Sets one number of a score profile (a band's minimum or score, or a gate condition) and
    /// stores the result, validated as a whole like [#setThreshold]: band minimums must rise,
    /// scores must not fall, values stay in range (R-LV-5..8); a refused value changes nothing and
    /// the exception names the field (`sales.bands[3].min`). A behaviour minimum is in hundredths
    /// of a percent, as in the document.
    public LevelProfile setScore(String id, ScoreField field, int band, String value, String actor, Instant at) {
        String path = field.path(band);
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim().replace(",", "").replace(" ", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new ProfileException(path, "levels.profile.error.notNumber");
        }
        ObjectNode root = tree(json(id));
        if (!"score".equals(root.path("engine").asText())) {
            throw new ProfileException("engine", "levels.profile.error.unknownEngine", root.path("engine").asText());
        }
        ObjectNode target;
        if (field.banded()) {
            JsonNode bands = root.path(field.part).path("bands");
            if (!(bands instanceof ArrayNode list) || band < 0 || band >= list.size()
                    || !(list.get(band) instanceof ObjectNode b)) {
                throw new ProfileException(path, "levels.profile.error.required");
            }
            target = b;
        } else if (root.path("gate") instanceof ObjectNode gate) {
            target = gate;
        } else {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        if (field == ScoreField.MIN_REPUTATION) {
            // kept as text, as shipped, so 4.2 stays 4.2
            target.put(field.json, number.toPlainString());
        } else if (field == ScoreField.SALES_MIN) {
            target.put(field.json, number);
        } else {
            try {
                target.put(field.json, number.intValueExact());
            } catch (ArithmeticException e) {
                throw new ProfileException(path, "levels.profile.error.notWholeNumber");
            }
        }
        root.put("editableDefaults", false);
        String edited = write(root);
        LevelProfile profile = ProfileReader.read(edited);
        save(id, edited, actor, at);
        return profile;
    }

    /// Back to the shipped profile: the workspace's copy is removed (audited).
    public LevelProfile reset(String id, String actor, Instant at) {
        stored.delete(id, actor, at);
        return forId(id);
    }

    private void save(String id, String body, String actor, Instant at) {
        Integer version = stored.find(id).map(LevelProfileRepository.Stored::version).orElse(null);
        if (!stored.save(id, body, version, actor, at)) {
            throw new ProfileException("(document)", "levels.profile.error.changed");
        }
    }

    private static ObjectNode tree(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new ProfileException("(document)", "levels.profile.error.notObject");
        }
    }

    private static String pretty(String json) {
        return write(tree(json));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

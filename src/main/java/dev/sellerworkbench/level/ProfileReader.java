package dev.sellerworkbench.level;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sellerworkbench.domain.Currencies;
import dev.sellerworkbench.domain.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/// Reads a level profile from JSON and refuses anything malformed or inconsistent with a
/// [ProfileException] naming the field: unknown fields and metrics, thresholds that go down from
/// one level to the next, weights that do not add up to 1. Validation is by hand over the tree
/// rather than by data binding so that every message can say exactly where the problem is.
public final class ProfileReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Set<String> COMMON = Set.of("id", "engine", "name", "source", "editableDefaults",
            "maxLevel", "benefits");
    private static final Set<String> THRESHOLD_FIELDS = Set.of("regions");
    private static final Set<String> SCORE_FIELDS = Set.of("currency", "gate", "sales", "behaviour", "weights");
    private static final Set<Metric> TABLE_METRICS = Set.of(Metric.GMV, Metric.GOOD_PRODUCT_SHARE,
            Metric.ACTIVE_DAYS, Metric.PRODUCTS);

    private ProfileReader() {
    }

    /// Parses and validates a profile document.
    ///
    /// @throws ProfileException naming the first offending field
    public static LevelProfile read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProfileException("(document)", "levels.profile.error.json", e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException("(document)", "levels.profile.error.notObject");
        }
        String engine = text(root, "engine", "engine");
        return switch (engine) {
            case "thresholds" -> thresholds(root);
            case "score" -> score(root);
            default -> throw new ProfileException("engine", "levels.profile.error.unknownEngine", engine);
        };
    }

    private static ThresholdProfile thresholds(JsonNode root) {
        onlyFields(root, "", union(COMMON, THRESHOLD_FIELDS), "levels.profile.error.unknownField");
        int maxLevel = wholeNumber(root, "maxLevel", "maxLevel", 1, 20);
        JsonNode regionsNode = object(root, "regions", "regions");
        if (regionsNode.isEmpty()) {
            throw new ProfileException("regions", "levels.profile.error.empty");
        }
        Map<Region, ThresholdProfile.RegionThresholds> regions = new EnumMap<>(Region.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = regionsNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "regions." + entry.getKey();
            Region region = Region.parse(entry.getKey());
            if (region == null) {
                throw new ProfileException(path, "levels.profile.error.unknownRegion", entry.getKey());
            }
            regions.put(region, regionThresholds(entry.getValue(), path, maxLevel));
        }
        return new ThresholdProfile(id(root), text(root, "name", "name"), optionalText(root, "source"),
                editableDefaults(root), maxLevel, regions, benefits(root, maxLevel));
    }

    private static ThresholdProfile.RegionThresholds regionThresholds(JsonNode node, String path, int maxLevel) {
        if (!node.isObject()) {
            throw new ProfileException(path, "levels.profile.error.notObject");
        }
        onlyFields(node, path + ".", Set.of("currency", "levels"), "levels.profile.error.unknownField");
        String currency = currency(node, path + ".currency");
        JsonNode levels = node.get("levels");
        String levelsPath = path + ".levels";
        if (levels == null || !levels.isArray()) {
            throw new ProfileException(levelsPath, levels == null ? "levels.profile.error.required" : "levels.profile.error.notArray");
        }
        if (levels.size() != maxLevel + 1) {
            throw new ProfileException(levelsPath, "levels.profile.error.levelCount", maxLevel, maxLevel + 1);
        }
        List<ThresholdProfile.Step> steps = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            JsonNode step = levels.get(i);
            String at = levelsPath + "[" + i + "]";
            if (!step.isObject()) {
                throw new ProfileException(at, "levels.profile.error.notObject");
            }
            for (Iterator<String> names = step.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("level") && !Set.of("gmv", "activeDays", "products").contains(name)) {
                    throw new ProfileException(at + "." + name, "levels.profile.error.unknownMetric", name);
                }
            }
            int level = wholeNumber(step, "level", at + ".level", 0, maxLevel);
            if (level != i) {
                throw new ProfileException(at + ".level", "levels.profile.error.levelOrder", i);
            }
            BigDecimal gmv = decimal(step, "gmv", at + ".gmv", BigDecimal.ZERO, null);
            int days = wholeNumber(step, "activeDays", at + ".activeDays", 0, 31);
            int products = wholeNumber(step, "products", at + ".products", 0, 1_000_000);
            if (i == 0 && (gmv.signum() != 0 || days != 0 || products != 0)) {
                throw new ProfileException(at, "levels.profile.error.levelZero");
            }
            if (i > 0) {
                ThresholdProfile.Step previous = steps.get(i - 1);
                if (gmv.compareTo(previous.gmv()) <= 0) {
                    throw new ProfileException(at + ".gmv", "levels.profile.error.notIncreasing", i - 1,
                            previous.gmv().toPlainString());
                }
                if (days < previous.activeDays()) {
                    throw new ProfileException(at + ".activeDays", "levels.profile.error.lowerThanBelow", i - 1,
                            previous.activeDays());
                }
                if (products < previous.products()) {
                    throw new ProfileException(at + ".products", "levels.profile.error.lowerThanBelow", i - 1,
                            previous.products());
                }
            }
            steps.add(new ThresholdProfile.Step(i, gmv, days, products));
        }
        return new ThresholdProfile.RegionThresholds(currency, List.copyOf(steps));
    }

    private static ScoreProfile score(JsonNode root) {
        onlyFields(root, "", union(COMMON, SCORE_FIELDS), "levels.profile.error.unknownField");
        int maxLevel = wholeNumber(root, "maxLevel", "maxLevel", 1, 20);
        String currency = currency(root, "currency");
        JsonNode gateNode = object(root, "gate", "gate");
        onlyFields(gateNode, "gate.", Set.of("minReputation", "maxCreditDeducted"), "levels.profile.error.unknownMetric");
        ScoreProfile.Gate gate = new ScoreProfile.Gate(
                decimal(gateNode, "minReputation", "gate.minReputation", BigDecimal.ZERO, BigDecimal.valueOf(5)),
                wholeNumber(gateNode, "maxCreditDeducted", "gate.maxCreditDeducted", 0, 1_000));
        ScoreProfile.ScoreTable sales = table(root, "sales");
        ScoreProfile.ScoreTable behaviour = table(root, "behaviour");
        JsonNode weights = object(root, "weights", "weights");
        onlyFields(weights, "weights.", Set.of("sales", "behaviour"), "levels.profile.error.unknownMetric");
        BigDecimal salesWeight = decimal(weights, "sales", "weights.sales", BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal behaviourWeight = decimal(weights, "behaviour", "weights.behaviour", BigDecimal.ZERO, BigDecimal.ONE);
        BigDecimal sum = salesWeight.add(behaviourWeight);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw new ProfileException("weights", "levels.profile.error.weightsSum", sum.toPlainString());
        }
        return new ScoreProfile(id(root), text(root, "name", "name"), optionalText(root, "source"),
                editableDefaults(root), maxLevel, currency, gate, sales, behaviour, salesWeight, behaviourWeight,
                benefits(root, maxLevel));
    }

    private static ScoreProfile.ScoreTable table(JsonNode root, String name) {
        JsonNode node = object(root, name, name);
        onlyFields(node, name + ".", Set.of("metric", "bands"), "levels.profile.error.unknownField");
        String code = text(node, "metric", name + ".metric");
        Metric metric = Metric.fromCode(code);
        if (metric == null || !TABLE_METRICS.contains(metric)) {
            throw new ProfileException(name + ".metric", "levels.profile.error.unknownMetric", code);
        }
        JsonNode bands = node.get("bands");
        String path = name + ".bands";
        if (bands == null || !bands.isArray()) {
            throw new ProfileException(path, bands == null ? "levels.profile.error.required" : "levels.profile.error.notArray");
        }
        if (bands.isEmpty()) {
            throw new ProfileException(path, "levels.profile.error.empty");
        }
        List<ScoreProfile.Band> list = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            JsonNode band = bands.get(i);
            String at = path + "[" + i + "]";
            if (!band.isObject()) {
                throw new ProfileException(at, "levels.profile.error.notObject");
            }
            onlyFields(band, at + ".", Set.of("min", "score"), "levels.profile.error.unknownField");
            BigDecimal min = decimal(band, "min", at + ".min", BigDecimal.ZERO, null);
            int score = wholeNumber(band, "score", at + ".score", 0, 100);
            if (i == 0 && min.signum() != 0) {
                throw new ProfileException(at + ".min", "levels.profile.error.firstBand");
            }
            if (i > 0) {
                ScoreProfile.Band previous = list.get(i - 1);
                if (min.compareTo(previous.min()) <= 0) {
                    throw new ProfileException(at + ".min", "levels.profile.error.notStrictlyIncreasing",
                            previous.min().toPlainString());
                }
                if (score < previous.score()) {
                    throw new ProfileException(at + ".score", "levels.profile.error.notIncreasingScore", previous.score());
                }
            }
            list.add(new ScoreProfile.Band(min, score));
        }
        return new ScoreProfile.ScoreTable(metric, list);
    }

    private static Map<Integer, List<String>> benefits(JsonNode root, int maxLevel) {
        JsonNode node = root.get("benefits");
        Map<Integer, List<String>> benefits = new TreeMap<>();
        if (node == null) {
            return benefits;
        }
        if (!node.isObject()) {
            throw new ProfileException("benefits", "levels.profile.error.notObject");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = "benefits." + entry.getKey();
            int level;
            try {
                level = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                throw new ProfileException(path, "levels.profile.error.range", 0, maxLevel);
            }
            if (level < 0 || level > maxLevel) {
                throw new ProfileException(path, "levels.profile.error.range", 0, maxLevel);
            }
            if (!entry.getValue().isArray()) {
                throw new ProfileException(path, "levels.profile.error.notArray");
            }
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < entry.getValue().size(); i++) {
                JsonNode item = entry.getValue().get(i);
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw new ProfileException(path + "[" + i + "]", "levels.profile.error.text");
                }
                ids.add(item.asText().trim());
            }
            benefits.put(level, List.copyOf(ids));
        }
        return benefits;
    }

    private static String id(JsonNode root) {
        String id = text(root, "id", "id");
        if (!id.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new ProfileException("id", "levels.profile.error.id");
        }
        return id;
    }

    private static boolean editableDefaults(JsonNode root) {
        JsonNode node = root.get("editableDefaults");
        if (node == null) {
            return true;
        }
        if (!node.isBoolean()) {
            throw new ProfileException("editableDefaults", "levels.profile.error.boolean");
        }
        return node.booleanValue();
    }

    private static String currency(JsonNode node, String path) {
        String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        String code = text(node, field, path);
        if (!Currencies.isKnown(code)) {
            throw new ProfileException(path, "levels.profile.error.unknownCurrency", code);
        }
        return code;
    }

    private static void onlyFields(JsonNode node, String prefix, Set<String> allowed, String key) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ProfileException(prefix + name, key, name);
            }
        }
    }

    private static JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        if (!node.isObject()) {
            throw new ProfileException(path, "levels.profile.error.notObject");
        }
        return node;
    }

    private static String text(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ProfileException(path, "levels.profile.error.text");
        }
        return node.asText().trim();
    }

    private static String optionalText(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isTextual()) {
            throw new ProfileException(field, "levels.profile.error.text");
        }
        return node.asText();
    }

    private static BigDecimal decimal(JsonNode parent, String field, String path, BigDecimal min, BigDecimal max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        BigDecimal value;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isTextual()) {
            try {
                value = new BigDecimal(node.asText().trim());
            } catch (NumberFormatException e) {
                throw new ProfileException(path, "levels.profile.error.notNumber");
            }
        } else {
            throw new ProfileException(path, "levels.profile.error.notNumber");
        }
        if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            throw max == null ? new ProfileException(path, "levels.profile.error.atLeast", min.toPlainString())
                    : new ProfileException(path, "levels.profile.error.range", min.toPlainString(), max.toPlainString());
        }
        return value;
    }

    private static int wholeNumber(JsonNode parent, String field, String path, int min, int max) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            throw new ProfileException(path, "levels.profile.error.required");
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new ProfileException(path, "levels.profile.error.notWholeNumber");
        }
        int value = node.intValue();
        if (value < min || value > max) {
            throw new ProfileException(path, "levels.profile.error.range", min, max);
        }
        return value;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}

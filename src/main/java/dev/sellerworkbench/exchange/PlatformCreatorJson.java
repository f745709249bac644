package dev.sellerworkbench.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/// The platform's creator-marketplace search response (R-EX-1,
/// `POST /affiliate_seller/202508/marketplace_creators/search`) flattened into the workbench's
/// creator fields, so one validator serves both formats.
///
/// - `percentage` values are hundredths of a percent (×10,000 of a share): 6000 is 60%.
/// - `major_gender` gives only the largest gender; the rest goes to the other binary gender
///   (or is split evenly when the major one is "other").
/// - `age_ranges` as objects with `percentage` are taken as given (scaled to 100% when the
///   response lists only the top bands); as bare names (`AGE_RANGE_18_24`) they share 100%
///   equally, which keeps "dominant band" filters meaningful.
/// - `gmv` {amount, currency} wins; otherwise the lower bound of `gmv_range`. Units sold take the
///   lower bound of `units_sold_range`.
/// - Content types: `live` when `avg_ec_live_uv` > 0, `video` when `avg_ec_video_view_count` > 0.
final class PlatformCreatorJson {

    private PlatformCreatorJson() {
    }

    static Columns columns() {
        LinkedHashMap<String, String> source = new LinkedHashMap<>();
        source.put("platform_key", "creator_open_id");
        source.put("handle", "username");
        source.put("name", "nickname");
        source.put("region", "selection_region");
        source.put("followers", "follower_count");
        source.put("avg_views", "avg_ec_video_view_count");
        source.put("gmv_30d", "gmv.amount");
        source.put("currency", "gmv.currency");
        source.put("items_sold", "units_sold_range.minimum_amount");
        source.put("categories", "category_ids");
        source.put("content_types", "avg_ec_live_uv");
        source.put("audience_female", "top_follower_demographics.major_gender");
        source.put("audience_male", "top_follower_demographics.major_gender");
        source.put("audience_other", "top_follower_demographics.major_gender");
        source.put("age_18_24", "top_follower_demographics.age_ranges");
        source.put("age_25_34", "top_follower_demographics.age_ranges");
        source.put("age_35_44", "top_follower_demographics.age_ranges");
        source.put("age_45_54", "top_follower_demographics.age_ranges");
        source.put("age_55_plus", "top_follower_demographics.age_ranges");
        return Columns.ofFields(source);
    }

    static List<Row> rows(JsonNode c, long line, Columns columns) {
        String[] cells = new String[columns.size()];
        put(cells, columns, "platform_key", text(c.get("creator_open_id")));
        put(cells, columns, "handle", text(c.get("username")));
        put(cells, columns, "name", text(c.get("nickname")));
        put(cells, columns, "region", text(c.get("selection_region")));
        put(cells, columns, "followers", text(c.get("follower_count")));
        put(cells, columns, "avg_views", text(c.get("avg_ec_video_view_count")));
        JsonNode gmv = c.get("gmv");
        JsonNode range = c.get("gmv_range");
        if (gmv != null && gmv.isObject() && !text(gmv.get("amount")).isEmpty()) {
            put(cells, columns, "gmv_30d", text(gmv.get("amount")));
            put(cells, columns, "currency", text(gmv.get("currency")));
        } else if (range != null && range.isObject() && !text(range.get("minimum_amount")).isEmpty()) {
            put(cells, columns, "gmv_30d", text(range.get("minimum_amount")));
            put(cells, columns, "currency", text(range.get("currency")));
        }
        JsonNode units = c.get("units_sold_range");
        if (units != null && units.isObject()) {
            put(cells, columns, "items_sold", text(units.get("minimum_amount")));
        }
        JsonNode categories = c.get("category_ids");
        if (categories != null && categories.isArray()) {
            List<String> ids = new ArrayList<>();
            categories.forEach(n -> ids.add(n.asText()));
            put(cells, columns, "categories", String.join("|", ids));
        }
        List<String> types = new ArrayList<>();
        if (positive(c.get("avg_ec_live_uv"))) {
            types.add("live");
        }
        if (positive(c.get("avg_ec_video_view_count"))) {
            types.add("video");
        }
        put(cells, columns, "content_types", String.join("|", types));
        JsonNode demographics = c.get("top_follower_demographics");
        if (demographics != null && demographics.isObject()) {
            gender(cells, columns, demographics.get("major_gender"));
            ages(cells, columns, demographics.get("age_ranges"));
        }
        return List.of(new Row(line, columns, cells, null));
    }

    private static void gender(String[] cells, Columns columns, JsonNode major) {
        if (major == null || !major.isObject() || major.get("percentage") == null) {
            return;
        }
        String percentage = text(major.get("percentage"));
        int bp;
        try {
            bp = Integer.parseInt(percentage);
        } catch (NumberFormatException e) {
            put(cells, columns, "audience_female", percentage);
            return;
        }
        String gender = text(major.get("gender")).toUpperCase(Locale.ROOT);
        int rest = 10_000 - bp;
        int female;
        int male;
        int other;
        if (gender.startsWith("F")) {
            female = bp;
            male = rest;
            other = 0;
        } else if (gender.startsWith("M")) {
            male = bp;
            female = rest;
            other = 0;
        } else {
            other = bp;
            female = rest / 2;
            male = rest - rest / 2;
        }
        put(cells, columns, "audience_female", percent(female));
        put(cells, columns, "audience_male", percent(male));
        put(cells, columns, "audience_other", percent(other));
    }

    private static void ages(String[] cells, Columns columns, JsonNode ranges) {
        if (ranges == null || !ranges.isArray() || ranges.isEmpty()) {
            return;
        }
        String[] fields = {"age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_plus"};
        long[] bp = new long[5];
        boolean withShares = false;
        int listed = 0;
        for (JsonNode r : ranges) {
            String name = r.isObject() ? text(r.has("age_range") ? r.get("age_range") : r.get("range")) : r.asText();
            int band = band(name);
            if (band < 0) {
                continue;
            }
            listed++;
            if (r.isObject() && r.get("percentage") != null) {
                withShares = true;
                bp[band] += r.get("percentage").asLong();
            } else {
                bp[band] += 1;
            }
        }
        if (listed == 0) {
            return;
        }
        long sum = 0;
        for (long b : bp) {
            sum += b;
        }
        if (!withShares || Math.abs(sum - 10_000) > 10) {
            // only some bands or bare names: scale to 100%
            long scaled = 0;
            int largest = 0;
            for (int i = 0; i < 5; i++) {
                bp[i] = sum == 0 ? 0 : bp[i] * 10_000 / sum;
                scaled += bp[i];
                if (bp[i] > bp[largest]) {
                    largest = i;
                }
            }
            bp[largest] += 10_000 - scaled;
        }
        for (int i = 0; i < 5; i++) {
            put(cells, columns, fields[i], percent((int) bp[i]));
        }
    }

    private static int band(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace("AGE_RANGE_", "").replace('-', '_').replace("+", "_AND_ABOVE");
        return switch (n) {
            case "18_24" -> 0;
            case "25_34" -> 1;
            case "35_44" -> 2;
            case "45_54" -> 3;
            case "55_AND_ABOVE", "55_PLUS", "55" -> 4;
            default -> -1;
        };
    }

    private static String percent(int bp) {
        return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }

    private static boolean positive(JsonNode n) {
        return n != null && n.isNumber() && n.asDouble() > 0
                || n != null && n.isTextual() && n.asText().matches("0*[1-9]\\d*");
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isContainerNode() ? "" : n.asText();
    }

    private static void put(String[] cells, Columns columns, String field, String value) {
        int i = columns.indexOf(field);
        if (i >= 0) {
            cells[i] = value;
        }
    }
}

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
/// - Nothing the response does not state is made up (R-CR-2, R-CR-7): `major_gender` gives the
///   largest gender's share only, so the other two shares stay unknown; `age_ranges` objects with
///   `percentage` give those bands' shares and every other band stays unknown; bare band names
///   (`AGE_RANGE_18_24`) give no share at all. No interaction rate is in the response: unknown.
/// - `gmv` {amount, currency} is the GMV; a `gmv_range` alone leaves GMV unknown (the store holds
///   one amount, not a range). Units sold take the lower bound of `units_sold_range`.
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
        } else if (range != null && range.isObject()) {
            // a range is not an amount: GMV stays unknown, only the currency is kept
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

    /// Only the major gender's share is stated; the other two stay unknown (R-CR-2) — the rest of
    /// 100% may be male, female or other in any mix.
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
        String field = gender.startsWith("F") ? "audience_female" : gender.startsWith("M") ? "audience_male"
                : "audience_other";
        put(cells, columns, field, percent(bp));
    }

    /// Bands with a `percentage` keep exactly that share; bands the response does not give a
    /// share for (bare names, or bands it leaves out) stay unknown.
    private static void ages(String[] cells, Columns columns, JsonNode ranges) {
        if (ranges == null || !ranges.isArray() || ranges.isEmpty()) {
            return;
        }
        String[] fields = {"age_18_24", "age_25_34", "age_35_44", "age_45_54", "age_55_plus"};
        long[] bp = new long[5];
        boolean[] stated = new boolean[5];
        for (JsonNode r : ranges) {
            String name = r.isObject() ? text(r.has("age_range") ? r.get("age_range") : r.get("range")) : r.asText();
            int band = band(name);
            if (band < 0 || !r.isObject() || r.get("percentage") == null) {
                continue;
            }
            stated[band] = true;
            bp[band] += r.get("percentage").asLong();
        }
        for (int i = 0; i < 5; i++) {
            if (stated[i]) {
                put(cells, columns, fields[i], percent((int) bp[i]));
            }
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

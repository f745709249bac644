package dev.sellerworkbench.domain;

import java.util.List;
import java.util.Set;

/// A creator as the seller knows them (R-CR-1). `id` is the workspace's key; `platformKey` the
/// platform's `creator_open_id` when imported from its API.
public record Creator(long id, String handle, String name, Region region, String platformKey,
                      long followers, int videos, long avgViews, int engagementBp,
                      Money gmv30d, long itemsSold, int productsPromoted,
                      List<String> categories, Set<ContentType> contentTypes,
                      String whatsapp, String email, Audience audience, Level level) {

    public String displayHandle() {
        return "@" + handle;
    }
}

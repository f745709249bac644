package dev.sellerworkbench.search;

import java.util.List;

/// One page of a search: creator ids in display order, the number of creators that match the
/// filters in all (for "12,345 creators" and the scroll bar), and where the page starts.
/// Read the rows for the ids with `CreatorRepository.findByIds`.
public record CreatorPage(List<Long> ids, int total, int offset) {

    public CreatorPage {
        ids = List.copyOf(ids);
    }

    public static CreatorPage empty() {
        return new CreatorPage(List.of(), 0, 0);
    }

    public boolean hasMore() {
        return offset + ids.size() < total;
    }
}

package dev.sellerworkbench.search;

import java.util.List;

/// One page of a search: creator ids in display order, the number of creators that match the
/// filters in all (for "12,345 creators" and the scroll bar), and where the page starts.
/// Read the rows for the ids with `CreatorRepository.findByIds`.
///
/// `gmvCurrencies`: for a GMV sort, the currencies the matches' GMV is stated in, in the order
/// the list shows them — one block per currency, ranked within it (R-ST-6); empty otherwise.
public record CreatorPage(List<Long> ids, int total, int offset, List<String> gmvCurrencies) {

    public CreatorPage {
        ids = List.copyOf(ids);
        gmvCurrencies = List.copyOf(gmvCurrencies);
    }

    public CreatorPage(List<Long> ids, int total, int offset) {
        this(ids, total, offset, List.of());
    }

    public static CreatorPage empty() {
        return new CreatorPage(List.of(), 0, 0);
    }

    public boolean hasMore() {
        return offset + ids.size() < total;
    }
}

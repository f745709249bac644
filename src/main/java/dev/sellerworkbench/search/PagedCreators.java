package dev.sellerworkbench.search;

import dev.sellerworkbench.domain.Creator;
import dev.sellerworkbench.progress.Progress;
import dev.sellerworkbench.store.CreatorRepository;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Every creator matching a query as a list read one page at a time, so an export of a large
/// result streams through the exporter without holding it all: only the page being written is
/// in memory. Meant to be walked in order, as the exporter does. Find Creators' export and
/// `creators export` both write through it, so both write every matching creator.
public final class PagedCreators extends AbstractList<Creator> {

    static final int PAGE = 1_000;

    private final CreatorSearch search;
    private final CreatorRepository store;
    private final CreatorQuery query;
    private final Progress progress;
    private final int size;
    private int pageStart = -1;
    private List<Creator> page = List.of();

    public PagedCreators(CreatorSearch search, CreatorRepository store, CreatorQuery query, Progress progress) {
        this.search = search;
        this.store = store;
        this.query = query;
        this.progress = progress;
        this.size = search.search(query.page(0, 1), Progress.NONE).total();
    }

    @Override
    public Creator get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        if (pageStart < 0 || index < pageStart || index >= pageStart + page.size()) {
            progress.checkCancelled();
            progress.update(index, size, null);
            pageStart = index - index % PAGE;
            CreatorPage found = search.search(query.page(pageStart, PAGE), Progress.NONE);
            Map<Long, Creator> byId = store.findByIds(found.ids()).stream()
                    .collect(Collectors.toMap(Creator::id, Function.identity()));
            page = found.ids().stream().map(byId::get).filter(c -> c != null).toList();
            if (index >= pageStart + page.size()) {
                throw new IndexOutOfBoundsException(index);
            }
        }
        return page.get(index - pageStart);
    }

    @Override
    public int size() {
        return size;
    }
}

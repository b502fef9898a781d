package nl.databiobank.lims.platform.boundary;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** A PrimeFaces table model that pages in the database: it asks for one page and the total. */
public class PagedModel<T> extends LazyDataModel<T> {

    private final BiFunction<Integer, Integer, List<T>> page;
    private final Function<Void, Long> total;

    /**
     * @param page  page number and size to the rows of that page
     * @param total the number of rows matching
     */
    public PagedModel(BiFunction<Integer, Integer, List<T>> page, Function<Void, Long> total) {
        this.page = page;
        this.total = total;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, total.apply(null));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.apply(first / pageSize, pageSize);
    }
}

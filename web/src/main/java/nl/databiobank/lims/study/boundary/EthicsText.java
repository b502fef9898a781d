package nl.databiobank.lims.study.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.stream.Collectors;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.study.entity.DataItem;

/** How the ethics pages show the sets of a scope or a request on one line, in the reader's language. */
@Named
@ApplicationScoped
public class EthicsText {

    /** Codes as they are (sample types, consent items, time points), or a dash when there are none. */
    public String codes(Collection<String> codes) {
        return codes == null || codes.isEmpty() ? "—" : String.join(", ", codes);
    }

    /** Data items by their names, never the enum's. */
    public String dataItems(Collection<DataItem> items) {
        return items == null || items.isEmpty() ? "—" : items.stream()
                .map(item -> Messages.textIn(EthicsPages.BUNDLE, "dataItem." + item.name()))
                .collect(Collectors.joining(", "));
    }
}

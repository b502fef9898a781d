package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.databiobank.lims.study.entity.MaterialRequest;

/** The officer's review queue (submitted and under review, the oldest first); also counted on the home page. */
@Named
@RequestScoped
public class ReviewQueueView {

    @EJB
    RequestService requests;

    private List<MaterialRequest> list;

    public List<MaterialRequest> getList() {
        if (list == null) {
            list = requests.reviewQueue();
        }
        return list;
    }

    public int getCount() {
        return getList().size();
    }
}

package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.study.entity.MaterialRequest;

/** The researcher's own material requests, the newest first (the service decides which are theirs). */
@Named
@ViewScoped
public class RequestsView implements Serializable {

    @EJB
    RequestService requests;

    private transient List<MaterialRequest> list;

    public List<MaterialRequest> getList() {
        if (list == null) {
            list = requests.visible();
        }
        return list;
    }
}

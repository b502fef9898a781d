package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.study.entity.RequestNotice;

/**
 * The home page's "notices for you": what a request's coordinator or researcher was told (a
 * withdrawal cancelled a reservation, a physician refused, ...), until they mark it read.
 */
@Named
@RequestScoped
public class NoticesView {

    @EJB
    RequestService requests;

    private List<RequestNotice> unread;

    public List<RequestNotice> getUnread() {
        if (unread == null) {
            unread = requests.unreadNotices();
        }
        return unread;
    }

    public void markRead(long id) {
        try {
            requests.markRead(id);
            unread = null;
        } catch (LimsException e) {
            Messages.refused(e, "notices");
        }
    }
}

package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.study.entity.RequestNotice;
import nl.databiobank.lims.study.entity.Study;

/**
 * The ethics officer's audit of releases: per study, what left, from how many participants, when,
 * to whom and under which approval, each shown within scope or not; whom to tell about withdrawals
 * after shipment; and usage reports that are late.
 */
@Named
@ViewScoped
public class ReleasesView implements Serializable {

    @EJB
    ReleaseService releases;

    @EJB
    StudyService studies;

    @EJB
    UsageService usage;

    private String study;
    private transient List<Release> list;

    public void show() {
        list = null;
    }

    public List<Release> getReleases() {
        if (list == null) {
            try {
                list = study == null || study.isBlank() ? List.of() : releases.ofStudy(study);
            } catch (LimsException e) {
                Messages.refused(e, "choose");
                list = List.of();
            }
        }
        return list;
    }

    public List<Study> getStudies() {
        return studies.visible();
    }

    public List<RequestNotice> getToNotify() {
        return releases.recipientsToNotify();
    }

    public List<OverdueUsage> getOverdue() {
        return usage.overdue();
    }

    public String getStudy() {
        return study;
    }

    public void setStudy(String study) {
        this.study = study;
    }
}

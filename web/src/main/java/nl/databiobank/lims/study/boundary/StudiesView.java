package nl.databiobank.lims.study.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.study.entity.Study;

/** The officer's list of studies, and the form that registers a new one. */
@Named
@ViewScoped
public class StudiesView implements Serializable {

    private static final String FORM = "study";

    @EJB
    StudyService studies;

    private List<Study> list;
    private String code;
    private String title;
    private String principalInvestigator;
    private String institution;
    private String summary;

    @PostConstruct
    void load() {
        list = studies.visible();
    }

    /** Registers the study and opens it, where its first approval is recorded next. */
    public String create() {
        try {
            Study study = studies.create(new NewStudy(code, title, principalInvestigator, institution, summary));
            Messages.flashInfoIn(EthicsPages.BUNDLE, "studies.created", study.getCode());
            return EthicsPages.study(study.getCode());
        } catch (LimsException e) {
            Messages.refused(e, FORM);
            return null;
        }
    }

    public List<Study> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPrincipalInvestigator() {
        return principalInvestigator;
    }

    public void setPrincipalInvestigator(String principalInvestigator) {
        this.principalInvestigator = principalInvestigator;
    }

    public String getInstitution() {
        return institution;
    }

    public void setInstitution(String institution) {
        this.institution = institution;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}

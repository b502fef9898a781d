package nl.databiobank.lims.study.boundary;

import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.consent.boundary.ConsentFormService;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.sample.boundary.SampleTypeService;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.EthicsApproval;
import nl.databiobank.lims.study.entity.Study;
import nl.databiobank.lims.study.entity.StudyMember;

/**
 * One study for the ethics officer: who works on it, every version of its ethics approval, and the
 * form that records the first approval or an amendment of the current one.
 */
@Named
@ViewScoped
public class StudyView implements Serializable {

    private static final String MEMBER_FORM = "member";
    private static final String APPROVAL_FORM = "approval";

    @EJB
    StudyService studies;

    @EJB
    ApprovalService approvals;

    @EJB
    SampleTypeService sampleTypes;

    @EJB
    ConsentFormService consentForms;

    private String code;
    private Study study;
    private List<StudyMember> members;
    private List<EthicsApproval> versions;
    private ApprovalForm approval;
    private String newMember;
    private String memberToRemove;
    private String removalReason;
    private List<SelectItem> sampleTypeOptions;
    private List<SelectItem> consentItemOptions;

    public void load() {
        try {
            study = studies.byCode(code);
            refresh();
            approval = ApprovalForm.startingFrom(getCurrent());
        } catch (LimsException e) {
            study = null;
            Messages.refused(e, MEMBER_FORM);
        }
    }

    private void refresh() {
        study = studies.byCode(study.getCode());
        members = studies.members(study.getCode());
        versions = approvals.versions(study.getCode());
    }

    public void addMember() {
        try {
            StudyMember member = studies.addMember(study.getCode(), newMember);
            Messages.infoIn(EthicsPages.BUNDLE, "study.member.added", member.getUsername(), study.getCode());
            newMember = null;
            refresh();
        } catch (LimsException e) {
            Messages.refused(e, MEMBER_FORM);
        }
    }

    public void removeMember() {
        try {
            if (memberToRemove == null) {
                throw new InvalidInputException("memberToRemove", "field.required");
            }
            studies.removeMember(study.getCode(), memberToRemove, removalReason);
            Messages.infoIn(EthicsPages.BUNDLE, "study.member.removed", memberToRemove, study.getCode());
            memberToRemove = null;
            removalReason = null;
            refresh();
        } catch (LimsException e) {
            Messages.refused(e, MEMBER_FORM);
        }
    }

    /** Records the first approval, or an amendment of the version that was current when the page was loaded. */
    public void recordApproval() {
        EthicsApproval current = getCurrent();
        try {
            EthicsApproval recorded = approvals.record(study.getCode(),
                    approval.toRequest(current == null ? null : current.getApprovalVersion()));
            Messages.infoIn(EthicsPages.BUNDLE, "approvals.recorded", recorded.getApprovalVersion(), study.getCode());
            refresh();
            approval = ApprovalForm.startingFrom(recorded);
        } catch (InvalidInputException e) {
            Messages.refused(new InvalidInputException(e.fieldErrors().stream().map(ApprovalForm::onForm).toList()),
                    APPROVAL_FORM);
        } catch (LimsException e) {
            Messages.refused(e, APPROVAL_FORM);
        }
    }

    /** The current approval: the highest version, or null before the first. */
    public EthicsApproval getCurrent() {
        return versions == null || versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    public boolean isValidToday(EthicsApproval approval) {
        return approval.isValidOn(LocalDate.now());
    }

    public List<SelectItem> getSampleTypeOptions() {
        if (sampleTypeOptions == null) {
            sampleTypeOptions = sampleTypes.all().stream()
                    .map(t -> new SelectItem(t.getCode(), t.getCode() + " — " + t.name(Messages.locale()))).toList();
        }
        return sampleTypeOptions;
    }

    /** Every item code any consent form asks about, with the wording of the newest form that asks it. */
    public List<SelectItem> getConsentItemOptions() {
        if (consentItemOptions == null) {
            Map<String, ConsentItem> newest = new LinkedHashMap<>();
            consentForms.list().forEach(form -> form.getItems().forEach(item -> newest.put(item.getCode(), item)));
            consentItemOptions = newest.values().stream().sorted(Comparator.comparing(ConsentItem::getCode))
                    .map(i -> new SelectItem(i.getCode(), i.getCode() + " — " + i.text(Messages.locale()))).toList();
        }
        return consentItemOptions;
    }

    public DataItem[] getDataItems() {
        return DataItem.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Study getStudy() {
        return study;
    }

    public List<StudyMember> getMembers() {
        return members;
    }

    public List<EthicsApproval> getVersions() {
        return versions;
    }

    public ApprovalForm getApproval() {
        return approval;
    }

    public String getNewMember() {
        return newMember;
    }

    public void setNewMember(String newMember) {
        this.newMember = newMember;
    }

    public String getMemberToRemove() {
        return memberToRemove;
    }

    public void setMemberToRemove(String memberToRemove) {
        this.memberToRemove = memberToRemove;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public void setRemovalReason(String removalReason) {
        this.removalReason = removalReason;
    }
}

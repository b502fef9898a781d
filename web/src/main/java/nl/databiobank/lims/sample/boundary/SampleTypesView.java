package nl.databiobank.lims.sample.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.sample.entity.SampleType;

/** The administrator's sample types: the list, adding one, and changing one with a reason. */
@Named
@ViewScoped
public class SampleTypesView implements Serializable {

    @EJB
    SampleTypeService types;

    private List<SampleType> list;
    private Form form = new Form();
    private String editing;
    private String reason;

    /** The fields of the form, for adding and for changing. */
    public static class Form implements Serializable {
        private String code;
        private String nameEn;
        private String nameNl;
        private String consentItem;
        private String unit = "ML";
        private String defaultContainer;
        private String material = "FLUID";
        private String sprecType;
        private String sprecContainer;
        private Integer sprecCentrifugations;
        private boolean active = true;

        NewSampleType toRequest() {
            return new NewSampleType(code, nameEn, nameNl, consentItem, unit, defaultContainer, material, sprecType,
                    sprecContainer, sprecCentrifugations, active);
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getNameNl() {
            return nameNl;
        }

        public void setNameNl(String nameNl) {
            this.nameNl = nameNl;
        }

        public String getConsentItem() {
            return consentItem;
        }

        public void setConsentItem(String consentItem) {
            this.consentItem = consentItem;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public String getDefaultContainer() {
            return defaultContainer;
        }

        public void setDefaultContainer(String defaultContainer) {
            this.defaultContainer = defaultContainer;
        }

        public String getMaterial() {
            return material;
        }

        public void setMaterial(String material) {
            this.material = material;
        }

        public String getSprecType() {
            return sprecType;
        }

        public void setSprecType(String sprecType) {
            this.sprecType = sprecType;
        }

        public String getSprecContainer() {
            return sprecContainer;
        }

        public void setSprecContainer(String sprecContainer) {
            this.sprecContainer = sprecContainer;
        }

        public Integer getSprecCentrifugations() {
            return sprecCentrifugations;
        }

        public void setSprecCentrifugations(Integer sprecCentrifugations) {
            this.sprecCentrifugations = sprecCentrifugations;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @PostConstruct
    void load() {
        list = types.all();
    }

    public void edit(SampleType type) {
        editing = type.getCode();
        form = new Form();
        form.code = type.getCode();
        form.nameEn = type.getNameEn();
        form.nameNl = type.getNameNl();
        form.consentItem = type.getConsentItem();
        form.unit = type.getUnit().name();
        form.defaultContainer = type.getDefaultContainer();
        form.material = type.getMaterial().name();
        form.sprecType = type.getSprecType();
        form.sprecContainer = type.getSprecContainer();
        form.sprecCentrifugations = type.sprec().centrifugations();
        form.active = type.isActive();
    }

    public void save() {
        try {
            SampleType saved = editing == null ? types.create(form.toRequest())
                    : types.update(editing, form.toRequest(), reason);
            Messages.info("sampleTypes.saved", saved.getCode());
            cancel();
            load();
        } catch (LimsException e) {
            Messages.refused(e, "type");
        }
    }

    public void cancel() {
        editing = null;
        reason = null;
        form = new Form();
    }

    public List<SampleType> getList() {
        return list;
    }

    public Form getForm() {
        return form;
    }

    public String getEditing() {
        return editing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

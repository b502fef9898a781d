package nl.databiobank.lims.participant.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;

/** The administrator's list of hospitals, and adding one. */
@Named
@ViewScoped
public class HospitalsView implements Serializable {

    @EJB
    ParticipantService participants;

    private List<Hospital> list;
    private String code;
    private String name;
    private String city;

    @PostConstruct
    void load() {
        list = participants.hospitals();
    }

    public void add() {
        try {
            Hospital hospital = participants.addHospital(code, name, city);
            Messages.info("hospitals.added", hospital.getName());
            code = null;
            name = null;
            city = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, "add");
        }
    }

    public List<Hospital> getList() {
        return list;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}

package nl.databiobank.lims.participant.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The hospitals of the network. */
@Path("hospitals")
@Produces(MediaType.APPLICATION_JSON)
public class HospitalsResource {

    @EJB
    ParticipantService participants;

    public record HospitalJson(String code, String name, String city, boolean active) {
    }

    @GET
    public List<HospitalJson> list() {
        return participants.hospitals().stream()
                .map(h -> new HospitalJson(h.getCode(), h.getName(), h.getCity(), h.isActive()))
                .toList();
    }
}

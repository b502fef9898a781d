package nl.databiobank.lims.participant.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.databiobank.lims.participant.entity.Hospital;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** The hospitals of the network; administrators add more. */
@Path("hospitals")
@Produces(MediaType.APPLICATION_JSON)
public class HospitalsResource {

    @EJB
    ParticipantService participants;

    public record HospitalJson(String code, String name, String city, boolean active) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(HospitalJson request) {
        HospitalJson body = JsonInput.required(request);
        Hospital hospital = participants.addHospital(body.code(), body.name(), body.city());
        return Response.status(Response.Status.CREATED).entity(of(hospital)).build();
    }

    private static HospitalJson of(Hospital h) {
        return new HospitalJson(h.getCode(), h.getName(), h.getCity(), h.isActive());
    }

    @GET
    public List<HospitalJson> list() {
        return participants.hospitals().stream()
                .map(HospitalsResource::of)
                .toList();
    }
}

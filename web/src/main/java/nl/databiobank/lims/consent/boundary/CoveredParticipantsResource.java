package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** Which participants' consent on a day covers every item named: {@code ?items=TISSUE,BLOOD&on=2026-11-24}. */
@Path("participants/covered")
@Produces(MediaType.APPLICATION_JSON)
public class CoveredParticipantsResource {

    @EJB
    ConsentCoverage coverage;

    public record CoveredJson(List<String> items, LocalDate on, List<String> pseudonyms) {
    }

    @GET
    public CoveredJson covered(@QueryParam("items") String items, @QueryParam("on") String on) {
        List<String> codes = JsonInput.codes(items, "items");
        LocalDate day = JsonInput.dateOrToday(on, "on");
        return new CoveredJson(codes, day, coverage.coveredParticipants(codes, day));
    }
}

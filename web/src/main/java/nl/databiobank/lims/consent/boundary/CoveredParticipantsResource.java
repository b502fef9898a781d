package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
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
        if (items == null || items.isBlank()) {
            throw new InvalidInputException("items", "field.required");
        }
        LocalDate day = on == null || on.isBlank() ? LocalDate.now() : JsonInput.date(on, "on");
        List<String> codes = Arrays.stream(items.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new CoveredJson(codes, day, coverage.coveredParticipants(codes, day));
    }
}

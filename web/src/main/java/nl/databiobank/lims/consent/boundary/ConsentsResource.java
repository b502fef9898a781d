package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.consent.entity.Consent;
import nl.databiobank.lims.consent.entity.SignedDocument;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** A participant's consents: record one (with the signed PDF, base64), the history, the PDF itself. */
@Path("participants/{pseudonym}/consents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentsResource {

    @EJB
    ConsentService consents;

    @EJB
    ConsentCoverage coverage;

    public record NewConsentJson(String formCode, Integer formVersion, String signedOn, String witness,
                                 Map<String, Boolean> answers, String documentName, String document) {

        NewConsent toRequest() {
            return new NewConsent(formCode, formVersion, JsonInput.date(signedOn, "signedOn"), witness, answers,
                    documentName, JsonInput.base64(document, "document"));
        }
    }

    public record ConsentJson(long id, String formCode, int formVersion, LocalDate signedOn, String witness,
                              String recordedBy, Instant recordedAt, String documentName, boolean current,
                              Map<String, Boolean> answers) {

        static ConsentJson of(Consent c, boolean current) {
            Map<String, Boolean> answers = new LinkedHashMap<>();
            c.getAnswers().forEach(a -> answers.put(a.getItem().getCode(), a.isGranted()));
            return new ConsentJson(c.getId(), c.getForm().getCode(), c.getForm().getFormVersion(), c.getSignedOn(),
                    c.getWitness(), c.getRecordedBy(), c.getRecordedAt(), c.getDocumentName(), current, answers);
        }
    }

    public record CoverageJson(String pseudonym, List<String> items, LocalDate on, boolean covered) {
    }

    @POST
    public Response record(@PathParam("pseudonym") String pseudonym, NewConsentJson request) {
        Consent consent = consents.record(pseudonym, JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(ConsentJson.of(consent, true)).build();
    }

    /** Newest first; the first is the current consent, the others it superseded. */
    @GET
    public List<ConsentJson> history(@PathParam("pseudonym") String pseudonym) {
        List<Consent> history = consents.history(pseudonym);
        return history.stream().map(c -> ConsentJson.of(c, c == history.get(0))).toList();
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    public Response document(@PathParam("pseudonym") String pseudonym, @PathParam("id") long id) {
        SignedDocument document = consents.document(pseudonym, id);
        return Response.ok(document.content(), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + document.name().replace("\"", "") + "\"")
                .build();
    }

    /** Whether the consent on a day (default today) covers every item named: {@code ?items=TISSUE,BLOOD&on=2026-11-24}. */
    @GET
    @Path("coverage")
    public CoverageJson coverage(@PathParam("pseudonym") String pseudonym, @QueryParam("items") String items,
                                 @QueryParam("on") String on) {
        List<String> codes = JsonInput.codes(items, "items");
        LocalDate day = JsonInput.dateOrToday(on, "on");
        return new CoverageJson(pseudonym, codes, day, coverage.covers(pseudonym, codes, day));
    }
}

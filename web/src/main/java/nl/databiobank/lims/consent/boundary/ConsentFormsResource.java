package nl.databiobank.lims.consent.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** Consent form versions; administrators add versions, everyone may read them. */
@Path("consent-forms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentFormsResource {

    @EJB
    ConsentFormService forms;

    public record NewFormJson(String code, String title, String languages, String ethicsReference, String validFrom,
                              String validUntil, boolean witnessRequired, List<NewConsentForm.Item> items) {

        NewConsentForm toRequest() {
            return new NewConsentForm(code, title, languages, ethicsReference, JsonInput.date(validFrom, "validFrom"),
                    JsonInput.date(validUntil, "validUntil"), witnessRequired, items);
        }
    }

    public record ItemJson(String code, int position, String textNl, String textEn) {
    }

    public record FormJson(String code, int version, String title, String languages, String ethicsReference,
                           LocalDate validFrom, LocalDate validUntil, boolean witnessRequired, List<ItemJson> items) {

        static FormJson of(ConsentForm f) {
            return new FormJson(f.getCode(), f.getFormVersion(), f.getTitle(), f.getLanguages(), f.getEthicsReference(),
                    f.getValidFrom(), f.getValidUntil(), f.isWitnessRequired(), f.getItems().stream()
                    .map(i -> new ItemJson(i.getCode(), i.getPosition(), i.getTextNl(), i.getTextEn())).toList());
        }
    }

    @GET
    public List<FormJson> list() {
        return forms.list().stream().map(FormJson::of).toList();
    }

    @GET
    @Path("{code}/{version}")
    public FormJson get(@PathParam("code") String code, @PathParam("version") int version) {
        return FormJson.of(forms.get(code, version));
    }

    @POST
    public Response addVersion(NewFormJson request) {
        ConsentForm form = forms.addVersion(JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(FormJson.of(form)).build();
    }
}

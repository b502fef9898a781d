package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.sample.entity.SampleType;

/** Sample types: read by everyone, maintained by an ADMIN (a change takes a reason, X-Reason). */
@Path("sample-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SampleTypesResource {

    @EJB
    SampleTypeService types;

    public record SampleTypeJson(String code, String nameEn, String nameNl, String consentItem, String unit,
                                 String defaultContainer, String material, String sprecType, String sprecContainer,
                                 Integer sprecCentrifugations, Boolean active) {

        static SampleTypeJson of(SampleType t) {
            return new SampleTypeJson(t.getCode(), t.getNameEn(), t.getNameNl(), t.getConsentItem(), t.getUnit().name(),
                    t.getDefaultContainer(), t.getMaterial().name(), t.getSprecType(), t.getSprecContainer(),
                    t.sprec().centrifugations(), t.isActive());
        }

        NewSampleType toRequest() {
            return new NewSampleType(code, nameEn, nameNl, consentItem, unit, defaultContainer, material, sprecType,
                    sprecContainer, sprecCentrifugations, active == null || active);
        }
    }

    @GET
    public List<SampleTypeJson> all() {
        return types.all().stream().map(SampleTypeJson::of).toList();
    }

    @POST
    public Response create(SampleTypeJson request) {
        SampleType created = types.create(JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(SampleTypeJson.of(created)).build();
    }

    @PUT
    @Path("{code}")
    public SampleTypeJson update(@PathParam("code") String code, SampleTypeJson request,
                                 @HeaderParam("X-Reason") String reason) {
        return SampleTypeJson.of(types.update(code, JsonInput.required(request).toRequest(), reason));
    }
}

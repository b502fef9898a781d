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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.databiobank.lims.consent.entity.Withdrawal;
import nl.databiobank.lims.platform.boundary.JsonInput;

/** A participant's withdrawals: preview the impact, record one, list them. */
@Path("participants/{pseudonym}/withdrawals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WithdrawalsResource {

    @EJB
    WithdrawalService withdrawals;

    public record NewWithdrawalJson(String withdrawnOn, String scope, Set<String> items, String reason) {

        NewWithdrawal toRequest() {
            return new NewWithdrawal(JsonInput.date(withdrawnOn, "withdrawnOn"), scope, items, reason);
        }
    }

    public record WithdrawalJson(long id, LocalDate withdrawnOn, String scope, Set<String> items, String reason,
                                 String recordedBy, Instant recordedAt, boolean endsParticipation) {

        static WithdrawalJson of(Withdrawal w) {
            return new WithdrawalJson(w.getId(), w.getWithdrawnOn(), w.getScope().name(), w.getItems(), w.getReason(),
                    w.getRecordedBy(), w.getRecordedAt(), w.endsParticipation());
        }
    }

    /** What the withdrawal would do; nothing is saved. */
    @POST
    @Path("preview")
    public WithdrawalImpact preview(@PathParam("pseudonym") String pseudonym, NewWithdrawalJson request) {
        return withdrawals.preview(pseudonym, JsonInput.required(request).toRequest());
    }

    @POST
    public Response record(@PathParam("pseudonym") String pseudonym, NewWithdrawalJson request) {
        Withdrawal withdrawal = withdrawals.record(pseudonym, JsonInput.required(request).toRequest());
        return Response.status(Response.Status.CREATED).entity(WithdrawalJson.of(withdrawal)).build();
    }

    @GET
    public List<WithdrawalJson> history(@PathParam("pseudonym") String pseudonym) {
        return withdrawals.history(pseudonym).stream().map(WithdrawalJson::of).toList();
    }
}

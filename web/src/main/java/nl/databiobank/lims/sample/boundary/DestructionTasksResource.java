package nl.databiobank.lims.sample.boundary;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.sample.entity.DestructionTask;

/** The destruction list after withdrawals; a task is completed by scanning the tube. */
@Path("destruction-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DestructionTasksResource {

    @EJB
    DestructionTaskService tasks;

    public record TaskJson(long id, String sample, String type, String status, String participant,
                           LocalDate withdrawnOn, Instant createdAt) {

        static TaskJson of(DestructionTask t) {
            return new TaskJson(t.getId(), t.getSample().getBarcode(), t.getSample().getType().getCode(),
                    t.getSample().getStatus().name(), t.getSample().getParticipant().getPseudonym(),
                    t.getWithdrawal().getWithdrawnOn(), t.getCreatedAt());
        }
    }

    public record ScanJson(String sample) {
    }

    @GET
    public List<TaskJson> open() {
        return tasks.open().stream().map(TaskJson::of).toList();
    }

    /** The scanned tube is destroyed; answers its destroyed event. */
    @POST
    @Path("complete")
    public SampleEventJson complete(ScanJson request) {
        return SampleEventJson.of(tasks.complete(JsonInput.required(request).sample()));
    }
}

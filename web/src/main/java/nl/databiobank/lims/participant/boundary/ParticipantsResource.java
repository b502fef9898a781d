package nl.databiobank.lims.participant.boundary;

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
import jakarta.ws.rs.core.UriBuilder;
import java.time.Instant;
import java.time.LocalDate;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.JsonInput;

/**
 * Participants: enrolment and the research view by pseudonym for those who work with material;
 * identity only for research nurses, with a reason that goes to the access log.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @EJB
    ParticipantService participants;

    public record EnrolmentJson(String mrn, String name, String birthDate, String sex, String hospital,
                                String diagnosisCode, String diagnosisText, String diagnosisDate,
                                String treatingPhysician, String cohort) {

        NewParticipant toRequest() {
            return new NewParticipant(mrn, name, JsonInput.date(birthDate, "birthDate"), sex, hospital, diagnosisCode,
                    diagnosisText, JsonInput.date(diagnosisDate, "diagnosisDate"), treatingPhysician, cohort);
        }
    }

    /** The research view: a pseudonym and research data, never identity. */
    public record ParticipantJson(String pseudonym, String sex, String hospital, String diagnosisCode,
                                  String diagnosisText, LocalDate diagnosisDate, String treatingPhysician,
                                  String cohort, LocalDate treatmentStart, String status, LocalDate statusDate,
                                  Instant enrolledAt, long version) {

        static ParticipantJson of(Participant p) {
            return new ParticipantJson(p.getPseudonym(), p.getSex().name(), p.getHospital().getCode(),
                    p.getDiagnosis().code(), p.getDiagnosis().text(), p.getDiagnosis().date(),
                    p.getTreatingPhysician(), p.getCohort(), p.getTreatmentStart().orElse(null), p.getStatus().name(),
                    p.getStatusDate(),
                    p.getEnrolledAt(), p.getVersion());
        }
    }

    public record LookupJson(String mrn, String reason) {
    }

    public record StatusJson(String status, String date, String reason) {
    }

    public record TreatmentStartJson(String date, String reason) {
    }

    @POST
    public Response enrol(EnrolmentJson request) {
        Participant participant = participants.enrol(JsonInput.required(request).toRequest());
        return Response.created(UriBuilder.fromResource(ParticipantsResource.class).path(participant.getPseudonym()).build())
                .entity(ParticipantJson.of(participant)).build();
    }

    @GET
    @Path("{pseudonym}")
    public ParticipantJson get(@PathParam("pseudonym") String pseudonym) {
        return ParticipantJson.of(participants.byPseudonym(pseudonym));
    }

    /** Deceased, lost to follow-up, or back in view (a withdrawal goes to /withdrawals instead). */
    @PUT
    @Path("{pseudonym}/status")
    public ParticipantJson changeStatus(@PathParam("pseudonym") String pseudonym, StatusJson request) {
        StatusJson body = JsonInput.required(request);
        return ParticipantJson.of(participants.changeStatus(pseudonym, body.status(), JsonInput.date(body.date(), "date"),
                body.reason()));
    }

    /** When treatment started: questionnaire schedules may count from it. A change needs a reason. */
    @PUT
    @Path("{pseudonym}/treatment-start")
    public ParticipantJson recordTreatmentStart(@PathParam("pseudonym") String pseudonym, TreatmentStartJson request) {
        TreatmentStartJson body = JsonInput.required(request);
        return ParticipantJson.of(participants.recordTreatmentStart(pseudonym, JsonInput.date(body.date(), "date"),
                body.reason()));
    }

    /** Who the participant is; the reason (X-Reason) is written to the access log. */
    @GET
    @Path("{pseudonym}/identity")
    public Identity identity(@PathParam("pseudonym") String pseudonym, @HeaderParam("X-Reason") String reason) {
        return participants.identity(pseudonym, reason);
    }

    /** Finds a participant by hospital number; a POST, so the number stays out of URLs and their logs. */
    @POST
    @Path("lookup")
    public Identity lookup(LookupJson request) {
        LookupJson body = JsonInput.required(request);
        return participants.byMrn(body.mrn(), body.reason());
    }
}

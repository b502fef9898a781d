package nl.databiobank.lims.participant.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.Period;
import nl.databiobank.lims.audit.boundary.AccessLog;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.boundary.UnknownEntityException;
import nl.databiobank.lims.participant.control.IdentityCipher;
import nl.databiobank.lims.participant.entity.ParticipantIdentity;

/**
 * A participant's age on a day, for releases that may carry it (e.g. "age at collection" on a
 * shipment manifest). The birth date is opened here and never leaves: callers get whole years only.
 * Opening it is still a look at identifying data, so each one goes into the access log with its reason.
 */
@Stateless
@RolesAllowed({Roles.LAB_TECHNICIAN, Roles.RESEARCHER, Roles.ETHICS_OFFICER, Roles.ADMIN})
public class ParticipantAges {

    static final String AGE_AT_DATE = "VIEW_AGE";

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityCipher cipher;

    @EJB
    AccessLog accessLog;

    @Resource
    SessionContext session;

    /** Whole years between the birth date and {@code day}, for {@code reason} (written to the access log). */
    public int ageAt(long participantId, LocalDate day, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "participant.reasonRequired");
        }
        if (day == null) {
            throw new InvalidInputException("date", "field.required");
        }
        ParticipantIdentity identity = em.find(ParticipantIdentity.class, participantId);
        if (identity == null) {
            throw new UnknownEntityException("participant.unknown", participantId);
        }
        accessLog.record(session.getCallerPrincipal().getName(), AGE_AT_DATE,
                identity.getParticipant().getPseudonym(), "age on " + day + " for " + reason.trim(), null);
        LocalDate born = LocalDate.parse(cipher.decrypt(identity.getBirthDateSealed(), IdentityCipher.BIRTH_DATE));
        return yearsBetween(born, day);
    }

    /** Completed years: someone born on 15 June is a year older from 15 June on. */
    static int yearsBetween(LocalDate born, LocalDate day) {
        return Period.between(born, day).getYears();
    }
}

package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.databiobank.lims.audit.boundary.AuditTrail;
import nl.databiobank.lims.consent.control.WithdrawalRules;
import nl.databiobank.lims.consent.entity.Consent;
import nl.databiobank.lims.consent.entity.ConsentAnswer;
import nl.databiobank.lims.consent.entity.ConsentItem;
import nl.databiobank.lims.consent.entity.Withdrawal;
import nl.databiobank.lims.consent.entity.WithdrawalScope;
import nl.databiobank.lims.participant.boundary.ParticipantService;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.Roles;

/**
 * Withdrawal (DESIGN.md rule 5): previewed, then recorded in one transaction with its effects on
 * the participant and an event that the other components observe in that same transaction.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class WithdrawalService {

    @PersistenceContext
    EntityManager em;

    @EJB
    ParticipantService participants;

    @EJB
    ConsentService consents;

    @Inject
    Event<ParticipantWithdrawn> withdrawn;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemDefaultZone();

    public WithdrawalImpact preview(String pseudonym, NewWithdrawal request) {
        Participant participant = participants.byPseudonym(pseudonym);
        WithdrawalRules.check(request, participant, knownItems(), LocalDate.now(clock));
        Withdrawal draft = draft(participant, request);
        return new WithdrawalImpact(participant.getPseudonym(), takenBack(pseudonym, draft),
                draft.endsParticipation(), draft.getScope().destroysMaterial());
    }

    public Withdrawal record(String pseudonym, NewWithdrawal request) {
        Participant participant = participants.byPseudonym(pseudonym);
        WithdrawalRules.check(request, participant, knownItems(), LocalDate.now(clock));
        Withdrawal withdrawal = draft(participant, request);
        em.persist(withdrawal);
        // observers change other records because of this withdrawal; their audit entries say so
        audit.because("withdrawal: " + withdrawal.getReason());
        em.flush(); // the id, for the observers
        withdrawn.fire(new ParticipantWithdrawn(participant.getId(), participant.getPseudonym(), withdrawal.getId(),
                withdrawal.getScope(), withdrawal.getItems(), withdrawal.endsParticipation(),
                withdrawal.getWithdrawnOn(), withdrawal.getRecordedBy(), withdrawal.getReason()));
        return withdrawal;
    }

    @RolesAllowed({Roles.RESEARCH_NURSE, Roles.ETHICS_OFFICER, Roles.ADMIN})
    public List<Withdrawal> history(String pseudonym) {
        return em.createNamedQuery(Withdrawal.OF_PARTICIPANT, Withdrawal.class)
                .setParameter("participant", participants.byPseudonym(pseudonym))
                .getResultList();
    }

    private Set<String> knownItems() {
        return Set.copyOf(em.createNamedQuery(ConsentItem.CODES, String.class).getResultList());
    }

    private Withdrawal draft(Participant participant, NewWithdrawal request) {
        Set<String> items = new TreeSet<>();
        if (request.items() != null) {
            request.items().forEach(code -> items.add(code.trim().toUpperCase()));
        }
        return new Withdrawal(participant, request.withdrawnOn(),
                WithdrawalScope.valueOf(request.scope().trim().toUpperCase()), items, request.reason().trim(),
                session.getCallerPrincipal().getName(), Instant.now(clock));
    }

    private List<String> takenBack(String pseudonym, Withdrawal draft) {
        List<Consent> history = consents.history(pseudonym);
        if (history.isEmpty()) {
            return List.of();
        }
        ParticipantWithdrawn probe = new ParticipantWithdrawn(0, pseudonym, 0, draft.getScope(), draft.getItems(),
                draft.endsParticipation(), draft.getWithdrawnOn(), draft.getRecordedBy(), draft.getReason());
        return history.get(0).getAnswers().stream()
                .filter(ConsentAnswer::isGranted)
                .map(answer -> answer.getItem().getCode())
                .filter(probe::takesBack)
                .toList();
    }
}

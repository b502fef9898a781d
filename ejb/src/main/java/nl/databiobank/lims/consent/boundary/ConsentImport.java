package nl.databiobank.lims.consent.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.databiobank.lims.consent.control.ConsentImportTemplate;
import nl.databiobank.lims.consent.control.ConsentRow;
import nl.databiobank.lims.consent.control.ConsentRules;
import nl.databiobank.lims.consent.control.ImportedConsentDocument;
import nl.databiobank.lims.consent.entity.ConsentForm;
import nl.databiobank.lims.consent.entity.SignedDocument;
import nl.databiobank.lims.participant.entity.Participant;
import nl.databiobank.lims.platform.boundary.FieldError;
import nl.databiobank.lims.platform.boundary.ImportReport;
import nl.databiobank.lims.platform.boundary.ImportRowError;
import nl.databiobank.lims.platform.boundary.InvalidInputException;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Roles;
import nl.databiobank.lims.platform.control.SheetRow;
import nl.databiobank.lims.platform.control.XlsxSheetReader;

/**
 * Import of historic consents from an .xlsx (one row per consent), all or nothing (DESIGN.md rule 8):
 * every row is checked against the rules of {@link ConsentService#record} first, and one bad cell
 * anywhere refuses the whole file with a report of every bad cell. Only a clean file is recorded,
 * row by row through {@link ConsentService}, in this one transaction.
 */
@Stateless
@RolesAllowed({Roles.RESEARCH_NURSE, Roles.ADMIN})
public class ConsentImport {

    public static final int MAX_BYTES = 20 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @EJB
    ConsentService consents;

    @EJB
    ConsentFormService forms;

    Clock clock = Clock.systemDefaultZone();

    /** @throws ConsentImportRefused when any row is bad; then nothing is saved */
    public ImportReport importConsents(String fileName, byte[] xlsx) {
        requireWithinLimits(xlsx);
        SheetCheck check = new SheetCheck(fileName, LocalDate.now(clock));
        XlsxSheetReader.read(new ByteArrayInputStream(xlsx), check);
        if (!check.errors.isEmpty()) {
            throw new ConsentImportRefused(check.errors);
        }
        if (check.accepted.isEmpty()) {
            throw new InvalidInputException("file", "consentImport.file.noRows");
        }
        // Every query in ConsentService.record would otherwise flush first, and each flush looks at
        // every consent persisted so far: quadratic in the rows. Nothing here reads what it wrote; the
        // audit interceptor flushes explicitly when this call returns.
        em.setFlushMode(FlushModeType.COMMIT);
        for (AcceptedRow row : check.accepted) {
            record(row);
        }
        return new ImportReport(check.accepted.size());
    }

    /** The sheet to fill in for form {@code formCode} version {@code formVersion}, with one example row. */
    public byte[] template(String formCode, int formVersion) {
        ConsentForm form = forms.get(formCode, formVersion);
        LocalDate today = LocalDate.now(clock);
        return ConsentImportTemplate.of(form, form.isValidOn(today) ? today : form.getValidFrom());
    }

    private static void requireWithinLimits(byte[] xlsx) {
        if (xlsx == null || xlsx.length == 0) {
            throw new InvalidInputException("file", "consentImport.file.required");
        }
        if (xlsx.length > MAX_BYTES) {
            throw new InvalidInputException("file", "consentImport.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
    }

    // the rows were checked already; a refusal here would be a rule the check missed, reported with its row
    private void record(AcceptedRow row) {
        try {
            consents.record(row.pseudonym(), row.request());
        } catch (LimsException e) {
            List<FieldError> problems = e.fieldErrors().isEmpty()
                    ? List.of(new FieldError(ConsentRow.PSEUDONYM, e.key())) : e.fieldErrors();
            throw new ConsentImportRefused(problems.stream()
                    .map(p -> ImportRowError.of(row.number(), new FieldError(column(p.field()), p.key(), p.arguments())))
                    .toList());
        }
    }

    private Optional<Participant> participant(String pseudonym) {
        return em.createNamedQuery(Participant.BY_PSEUDONYM, Participant.class)
                .setParameter("pseudonym", pseudonym.trim().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private Optional<ConsentForm> form(String code, int formVersion) {
        return em.createNamedQuery(ConsentForm.BY_CODE_AND_VERSION, ConsentForm.class)
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
                .setParameter("formVersion", formVersion)
                .getResultStream().findFirst();
    }

    /** The column of the sheet that holds what a field of {@link ConsentRules} is about. */
    private static String column(String field) {
        if (field.startsWith("answers.")) {
            return field.substring("answers.".length());
        }
        return switch (field) {
            case "signedOn" -> ConsentRow.SIGNED_ON;
            case "witness" -> ConsentRow.WITNESS;
            case "form", "formCode" -> ConsentRow.FORM;
            case "formVersion" -> ConsentRow.VERSION;
            case "document", "documentName" -> "document";
            default -> field;
        };
    }

    private record AcceptedRow(int number, String pseudonym, NewConsent request) {
    }

    /**
     * Checks each row as the reader hands it over. Nothing here goes through another bean: a refusal
     * thrown by one would doom the transaction before every row has been looked at.
     */
    private final class SheetCheck implements XlsxSheetReader.Listener {

        private final String fileName;
        private final LocalDate today;
        private final Map<String, Optional<ConsentForm>> formsSeen = new HashMap<>();
        private final List<ImportRowError> errors = new ArrayList<>();
        private final List<AcceptedRow> accepted = new ArrayList<>();
        private boolean headerComplete;

        SheetCheck(String fileName, LocalDate today) {
            this.fileName = fileName;
            this.today = today;
        }

        @Override
        public void header(List<String> columns) {
            ConsentRow.REQUIRED_COLUMNS.stream()
                    .filter(required -> columns.stream().noneMatch(required::equalsIgnoreCase))
                    .forEach(missing -> errors.add(new ImportRowError(1, missing, "consentImport.column.missing")));
            headerComplete = errors.isEmpty();
        }

        @Override
        public void row(SheetRow sheetRow) {
            if (!headerComplete) {
                return;
            }
            ConsentRow row = ConsentRow.of(sheetRow);
            SignedDocument document = ImportedConsentDocument.of(fileName, row.number(), today);
            NewConsent request = new NewConsent(row.formCode(), row.formVersion(), row.signedOn(), row.witness(),
                    row.answers(), document.name(), document.content());
            Map<String, FieldError> problems = problems(row, request, document);
            if (problems.isEmpty()) {
                accepted.add(new AcceptedRow(row.number(), row.pseudonym(), request));
            } else {
                problems.values().forEach(problem -> errors.add(ImportRowError.of(row.number(), problem)));
            }
        }

        /** At most one problem per column: the first found says most (an unreadable cell before "missing"). */
        private Map<String, FieldError> problems(ConsentRow row, NewConsent request, SignedDocument document) {
            Map<String, FieldError> byColumn = new LinkedHashMap<>();
            row.unreadable().forEach(problem -> byColumn.putIfAbsent(problem.field(), problem));
            if (row.pseudonym() == null) {
                byColumn.putIfAbsent(ConsentRow.PSEUDONYM, new FieldError(ConsentRow.PSEUDONYM, "field.required"));
            } else if (participant(row.pseudonym()).isEmpty()) {
                byColumn.putIfAbsent(ConsentRow.PSEUDONYM,
                        new FieldError(ConsentRow.PSEUDONYM, "participant.unknown", row.pseudonym()));
            }
            formOf(row, byColumn).ifPresent(form -> {
                try {
                    ConsentRules.check(form, request, document, today);
                } catch (InvalidInputException e) {
                    e.fieldErrors().forEach(error -> byColumn.putIfAbsent(column(error.field()),
                            new FieldError(column(error.field()), error.key(), error.arguments())));
                }
            });
            return byColumn;
        }

        private Optional<ConsentForm> formOf(ConsentRow row, Map<String, FieldError> byColumn) {
            if (row.formCode() == null) {
                byColumn.putIfAbsent(ConsentRow.FORM, new FieldError(ConsentRow.FORM, "field.required"));
            }
            if (row.formVersion() == null) {
                byColumn.putIfAbsent(ConsentRow.VERSION, new FieldError(ConsentRow.VERSION, "field.required"));
            }
            if (row.formCode() == null || row.formVersion() == null) {
                return Optional.empty();
            }
            Optional<ConsentForm> form = formsSeen.computeIfAbsent(
                    row.formCode().trim().toUpperCase(Locale.ROOT) + "/" + row.formVersion(),
                    key -> form(row.formCode(), row.formVersion()));
            if (form.isEmpty()) {
                byColumn.putIfAbsent(ConsentRow.FORM,
                        new FieldError(ConsentRow.FORM, "consentForm.unknown", row.formCode(), row.formVersion()));
            }
            return form;
        }
    }
}

package nl.databiobank.lims.study.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import nl.databiobank.lims.platform.boundary.FieldErrors;
import nl.databiobank.lims.study.boundary.NewRequest;
import nl.databiobank.lims.study.entity.DataItem;
import nl.databiobank.lims.study.entity.RequestCriteria;

/**
 * What a request must say before it is saved or its feasibility counted, every problem named by
 * its field ({@code timePoints[1]}). The database keeps the same formats and bounds.
 */
public final class RequestCheck {

    static final String TIME_POINT = "BASELINE|UNSCHEDULED|M[1-9][0-9]{0,2}";
    static final String DIAGNOSIS = "[A-Z][0-9]{2}(\\.[0-9A-Z]{1,4})?";
    static final int MAX_ALIQUOTS = 20;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("999999999.999");

    private RequestCheck() {
    }

    /** The criteria alone: what feasibility counts need. */
    public static RequestCriteria criteria(NewRequest r, Predicate<String> knownSampleType) {
        FieldErrors errors = new FieldErrors();
        RequestCriteria criteria = criteria(r, knownSampleType, errors);
        errors.throwIfAny();
        return criteria;
    }

    /** The whole request, criteria and words. */
    public static RequestCriteria request(NewRequest r, Predicate<String> knownSampleType) {
        FieldErrors errors = new FieldErrors();
        RequestCriteria criteria = criteria(r, knownSampleType, errors);
        errors.require(present(r.title()), "title", "field.required");
        errors.requireAtMost(r.title(), 200, "title");
        errors.require(present(r.purpose()), "purpose", "field.required");
        errors.requireAtMost(r.purpose(), 4000, "purpose");
        codes(errors, r.dataItems(), "dataItems", RequestCheck::isDataItem, "approval.dataItem.unknown");
        errors.throwIfAny();
        return criteria;
    }

    public static List<DataItem> dataItems(NewRequest r) {
        return normalised(r.dataItems()).stream().map(DataItem::valueOf).toList();
    }

    private static RequestCriteria criteria(NewRequest r, Predicate<String> knownSampleType, FieldErrors errors) {
        String type = r.sampleType() == null ? "" : r.sampleType().trim().toUpperCase();
        if (type.isEmpty()) {
            errors.add("sampleType", "field.required");
        } else if (!knownSampleType.test(type)) {
            errors.add("sampleType", "approval.sampleType.unknown", type);
        }
        BigDecimal quantity = r.minQuantity();
        errors.require(quantity != null && quantity.signum() > 0 && quantity.compareTo(MAX_QUANTITY) <= 0
                && quantity.stripTrailingZeros().scale() <= 3, "minQuantity", "request.minQuantity.positive");
        errors.require(r.participants() != null && r.participants() > 0 && r.participants() <= 100_000,
                "participants", "request.participants.positive");
        Integer aliquots = r.aliquotsPerParticipant() == null ? Integer.valueOf(1) : r.aliquotsPerParticipant();
        errors.require(aliquots >= 1 && aliquots <= MAX_ALIQUOTS, "aliquotsPerParticipant", "request.aliquots.range",
                MAX_ALIQUOTS);
        codes(errors, r.timePoints(), "timePoints", c -> c.matches(TIME_POINT), "request.timePoint.format");
        codes(errors, r.diagnoses(), "diagnoses", c -> c.matches(DIAGNOSIS), "request.diagnosis.format");
        return new RequestCriteria(type, quantity, r.participants() == null ? 0 : r.participants(), aliquots,
                new LinkedHashSet<>(normalised(r.timePoints())), new LinkedHashSet<>(normalised(r.diagnoses())));
    }

    private static void codes(FieldErrors errors, List<String> codes, String field, Predicate<String> valid,
                              String invalidKey) {
        if (codes == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i) == null ? "" : codes.get(i).trim().toUpperCase();
            String at = field + "[" + i + "]";
            if (code.isEmpty()) {
                errors.add(at, "field.required");
            } else if (!seen.add(code)) {
                errors.add(at, "approval.scope.twice", code);
            } else if (!valid.test(code)) {
                errors.add(at, invalidKey, code);
            }
        }
    }

    private static List<String> normalised(List<String> codes) {
        List<String> out = new ArrayList<>();
        if (codes != null) {
            codes.stream().filter(c -> c != null && !c.isBlank()).map(c -> c.trim().toUpperCase()).distinct()
                    .forEach(out::add);
        }
        return out;
    }

    private static boolean isDataItem(String code) {
        for (DataItem item : DataItem.values()) {
            if (item.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}

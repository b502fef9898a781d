package nl.databiobank.lims.study.control;

/**
 * The samples that match a request's criteria and could be released under the study's approval:
 * available, not blocked, not held by any request, of a participant who has not withdrawn and whose
 * consent that day covers the approval's items. Feasibility counts them; allocation chooses from them.
 * Parameters: ?1 sample type code, ?2 minimum quantity, ?3 time points and ?4 diagnoses (comma
 * separated, empty for any), ?5 consent items (comma separated), ?6 the day.
 */
public final class CandidateQuery {

    public static final String FROM_WHERE = """
             FROM sample s
             JOIN sample_type t ON t.id = s.sample_type_id
             JOIN participant p ON p.id = s.participant_id
             JOIN collection c ON c.id = s.collection_id
             LEFT JOIN sample_location l ON l.sample_id = s.id
            WHERE t.code = ?1
              AND s.status = 'AVAILABLE' AND NOT s.blocked AND s.remaining_quantity >= ?2
              AND p.status <> 'WITHDRAWN'
              AND (?3 = '' OR c.time_point = ANY (string_to_array(?3, ',')))
              AND (?4 = '' OR EXISTS (SELECT 1 FROM unnest(string_to_array(?4, ',')) AS d(code)
                                       WHERE p.diagnosis_code = d.code OR p.diagnosis_code LIKE d.code || '.%'))
              AND consent_covers(p.id, string_to_array(?5, ','), ?6)
              AND NOT EXISTS (SELECT 1 FROM request_sample a
                               WHERE a.sample_id = s.id AND a.state IN ('RESERVED', 'PICKED'))
            """;

    public static final String COUNTS = "SELECT count(DISTINCT s.participant_id), count(*)" + FROM_WHERE;

    /** The candidates, leaving out participants who already have material on request ?7. */
    public static final String CANDIDATES = "SELECT s.id, s.barcode, s.participant_id, s.collected_at, l.box_id"
            + FROM_WHERE + """
              AND NOT EXISTS (SELECT 1 FROM request_sample o JOIN sample os ON os.id = o.sample_id
                               WHERE o.request_id = ?7 AND os.participant_id = s.participant_id
                                 AND o.state <> 'CANCELLED')
            ORDER BY s.collected_at, s.id""";

    private CandidateQuery() {
    }
}

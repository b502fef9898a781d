package nl.databiobank.lims.study.control;

/**
 * The samples that match a request's criteria and could be released under the study's approval:
 * available, not blocked, not held by any request, of a participant who has not withdrawn and whose
 * consent that day covers the approval's items. Feasibility counts them; allocation chooses from them.
 * Parameters: ?1 sample type code, ?2 minimum quantity, ?3 time points and ?4 diagnoses (comma
 * separated, empty for any), ?5 consent items (comma separated), ?6 the day.
 *
 * <p>Consent is asked once per participant (the {@code ep} list), not once per sample: with a
 * million samples of a type, asking per sample took seconds (docs/performance.md).
 */
public final class CandidateQuery {

    private static final String ELIGIBLE_PARTICIPANTS = """
            WITH ep AS MATERIALIZED (
                SELECT p.id FROM participant p
                 WHERE p.status <> 'WITHDRAWN'
                   AND (?4 = '' OR EXISTS (SELECT 1 FROM unnest(string_to_array(?4, ',')) AS d(code)
                                            WHERE p.diagnosis_code = d.code OR p.diagnosis_code LIKE d.code || '.%'))
                   AND consent_covers(p.id, string_to_array(?5, ','), ?6))
            """;

    private static final String FROM_WHERE = """
             FROM sample s
             JOIN ep ON ep.id = s.participant_id
             JOIN sample_type t ON t.id = s.sample_type_id
             JOIN collection c ON c.id = s.collection_id
             LEFT JOIN sample_location l ON l.sample_id = s.id
            WHERE t.code = ?1
              AND s.status = 'AVAILABLE' AND NOT s.blocked AND s.remaining_quantity >= ?2
              AND (?3 = '' OR c.time_point = ANY (string_to_array(?3, ',')))
              AND NOT EXISTS (SELECT 1 FROM request_sample a
                               WHERE a.sample_id = s.id AND a.state IN ('RESERVED', 'PICKED'))
            """;

    public static final String COUNTS = ELIGIBLE_PARTICIPANTS + "SELECT count(DISTINCT s.participant_id), count(*)"
            + FROM_WHERE;

    /**
     * The candidates of the first ?9 participants (by their earliest matching tube) who have at least
     * ?8 matching tubes and nothing on request ?7 yet; at most ?10 tubes each, the earliest first.
     */
    public static final String CANDIDATES = ELIGIBLE_PARTICIPANTS + ", chosen AS MATERIALIZED (SELECT s.participant_id"
            + FROM_WHERE + """
              AND NOT EXISTS (SELECT 1 FROM request_sample o JOIN sample os ON os.id = o.sample_id
                               WHERE o.request_id = ?7 AND os.participant_id = s.participant_id
                                 AND o.state <> 'CANCELLED')
            GROUP BY s.participant_id HAVING count(*) >= ?8
            ORDER BY min(s.collected_at), s.participant_id LIMIT ?9),
            ranked AS (SELECT s.id, s.barcode, s.participant_id, s.collected_at, l.box_id,
                              row_number() OVER (PARTITION BY s.participant_id ORDER BY s.collected_at, s.id) AS nth
            """ + FROM_WHERE + """
              AND s.participant_id IN (SELECT participant_id FROM chosen))
            SELECT id, barcode, participant_id, collected_at, box_id FROM ranked WHERE nth <= ?10
            ORDER BY collected_at, id""";

    private CandidateQuery() {
    }
}

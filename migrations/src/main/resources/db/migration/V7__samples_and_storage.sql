-- Samples, their chain of custody, and where they are stored (DESIGN.md rules 1, 2, 3, 5, 8).
-- Seeded rows take ids 1-50; EclipseLink's first block from START WITH 100 is 51-100.

-- A barcode is forever (rule 1): sample barcodes start with S (or K for pre-labelled kit tubes),
-- containers with F (freezer), R (rack) or B (box), so a sample and a container never share one;
-- within each table a unique constraint does the rest. The numbers come from sequences that never
-- hand out a number twice; the check character is computed by the application (MOD 37-2).
CREATE SEQUENCE sample_number_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE container_number_seq START WITH 1 INCREMENT BY 1;

CREATE SEQUENCE sample_type_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE collection_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sample_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sample_event_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE box_type_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE storage_unit_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE box_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE sample_location_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE destruction_task_seq START WITH 50 INCREMENT BY 50;

-- Reference data an ADMIN maintains. The consent item is what a participant must have said yes
-- to before material of this type is taken (rule 3).
CREATE TABLE sample_type (
    id                 bigint       PRIMARY KEY,
    code               varchar(32)  NOT NULL,
    name_en            varchar(100) NOT NULL,
    name_nl            varchar(100) NOT NULL,
    consent_item       varchar(40)  NOT NULL,
    unit               varchar(10)  NOT NULL,
    default_container  varchar(100) NOT NULL,
    material           varchar(20)  NOT NULL,
    sprec_type         varchar(3),
    sprec_container    varchar(3),
    -- how often the SOP spins this type (0 for whole blood, urine; null when SOPs differ)
    sprec_centrifugations smallint,
    active             boolean      NOT NULL DEFAULT true,
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT sample_type_code_key UNIQUE (code),
    CONSTRAINT sample_type_code_format CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    CONSTRAINT sample_type_unit_known CHECK (unit IN ('ML', 'UG', 'MG', 'PIECE')),
    CONSTRAINT sample_type_material_known CHECK (material IN ('FLUID', 'SOLID_TISSUE')),
    CONSTRAINT sample_type_centrifugations CHECK (sprec_centrifugations BETWEEN 0 AND 2)
);

-- SPREC (ISBER, version 3.0): type of sample and primary container. DNA and RNA are extracts,
-- which SPREC's seven elements do not code; tissue's second element is the type of collection,
-- recorded per sample.
INSERT INTO sample_type (id, code, name_en, name_nl, consent_item, unit, default_container, material,
                         sprec_type, sprec_container, sprec_centrifugations) VALUES
    (1, 'WB_EDTA', 'Whole blood (EDTA)', 'Volbloed (EDTA)', 'BLOOD', 'ML', 'EDTA tube 10 mL', 'FLUID', 'BLD', 'PED', 0),
    (2, 'SERUM', 'Serum', 'Serum', 'BLOOD', 'ML', 'Cryovial 1.0 mL', 'FLUID', 'SER', 'SST', 1),
    (3, 'PLASMA_EDTA', 'Plasma (EDTA)', 'Plasma (EDTA)', 'BLOOD', 'ML', 'Cryovial 1.0 mL', 'FLUID', 'PL1', 'PED', 1),
    (4, 'BUFFY_COAT', 'Buffy coat', 'Buffy coat', 'BLOOD', 'ML', 'Cryovial 1.0 mL', 'FLUID', 'BFF', 'PED', 1),
    (5, 'PBMC', 'PBMC', 'PBMC', 'BLOOD', 'ML', 'Cryovial 1.8 mL', 'FLUID', 'CEL', 'SHP', NULL),
    (6, 'DNA', 'DNA', 'DNA', 'GENETIC_RESEARCH', 'UG', 'Screw-cap tube 0.5 mL', 'FLUID', NULL, NULL, NULL),
    (7, 'RNA', 'RNA', 'RNA', 'GENETIC_RESEARCH', 'UG', 'Screw-cap tube 0.5 mL', 'FLUID', NULL, NULL, NULL),
    (8, 'URINE', 'Urine', 'Urine', 'OTHER_MATERIAL', 'ML', 'Cryovial 1.8 mL', 'FLUID', 'URN', 'PPS', 0),
    (9, 'SALIVA', 'Saliva', 'Speeksel', 'OTHER_MATERIAL', 'ML', 'Cryovial 1.8 mL', 'FLUID', 'SAL', 'ORG', 0),
    (10, 'STOOL', 'Stool', 'Feces', 'OTHER_MATERIAL', 'MG', 'Stool container', 'FLUID', 'STL', 'PPS', 0),
    (11, 'TISSUE_FF', 'Fresh-frozen tissue', 'Vers ingevroren weefsel', 'TISSUE', 'MG', 'Cryovial 2.0 mL', 'SOLID_TISSUE', 'TIS', NULL, NULL),
    (12, 'FFPE_BLOCK', 'FFPE tissue block', 'FFPE-weefselblok', 'TISSUE', 'PIECE', 'Tissue cassette', 'SOLID_TISSUE', 'TIS', NULL, NULL),
    (13, 'TISSUE_SLIDE', 'Tissue slide', 'Weefselcoupe', 'TISSUE', 'PIECE', 'Glass slide', 'SOLID_TISSUE', 'TIS', NULL, NULL),
    (14, 'BONE_MARROW', 'Bone marrow', 'Beenmerg', 'OTHER_MATERIAL', 'ML', 'EDTA tube 4 mL', 'FLUID', 'BMA', 'PED', 0);

-- One visit at which material was taken, at a time point of the protocol.
CREATE TABLE collection (
    id              bigint        PRIMARY KEY,
    participant_id  bigint        NOT NULL REFERENCES participant (id),
    hospital_id     bigint        NOT NULL REFERENCES hospital (id),
    collected_at    timestamptz   NOT NULL,
    time_point      varchar(20)   NOT NULL,
    procedure_text  varchar(200)  NOT NULL,
    recorded_by     varchar(64)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    version         bigint        NOT NULL DEFAULT 0,
    -- BASELINE, UNSCHEDULED, or months after the anchor (M3, M6, M12, ...)
    CONSTRAINT collection_time_point_format CHECK (time_point ~ '^(BASELINE|UNSCHEDULED|M[1-9][0-9]{0,2})$')
);
CREATE INDEX collection_participant ON collection (participant_id, collected_at);

-- A tube, block or slide. Its status is only ever changed together with a custody event (the
-- service does both in one transaction); "remaining" drops when aliquots or derivatives are taken.
CREATE TABLE sample (
    id                     bigint         PRIMARY KEY,
    barcode                varchar(24)    NOT NULL,
    sample_type_id         bigint         NOT NULL REFERENCES sample_type (id),
    participant_id         bigint         NOT NULL REFERENCES participant (id),
    collection_id          bigint         NOT NULL REFERENCES collection (id),
    parent_id              bigint         REFERENCES sample (id),
    container              varchar(100)   NOT NULL,
    initial_quantity       numeric(12, 3) NOT NULL,
    remaining_quantity     numeric(12, 3) NOT NULL,
    status                 varchar(20)    NOT NULL,
    blocked                boolean        NOT NULL DEFAULT false,
    freeze_thaw_count      integer        NOT NULL DEFAULT 0,
    collected_at           timestamptz    NOT NULL,
    received_at            timestamptz,
    centrifuged_at         timestamptz,
    centrifugation_ended_at timestamptz,
    pre_centrifugation_temperature  varchar(12),
    post_centrifugation_temperature varchar(12),
    frozen_at              timestamptz,
    tissue_collection_type varchar(3),
    warm_ischaemia_minutes integer,
    cold_ischaemia_minutes integer,
    fixation_type          varchar(3),
    fixation_minutes       integer,
    sprec_entered          varchar(100),
    sprec_code             varchar(40),
    created_at             timestamptz    NOT NULL,
    version                bigint         NOT NULL DEFAULT 0,
    CONSTRAINT sample_barcode_key UNIQUE (barcode),
    CONSTRAINT sample_barcode_format CHECK (barcode ~ '^[SK][0-9]{1,18}[0-9A-Z*]$'),
    CONSTRAINT sample_quantity_conserved CHECK (remaining_quantity >= 0 AND remaining_quantity <= initial_quantity),
    CONSTRAINT sample_status_known CHECK (status IN
        ('EXPECTED', 'AVAILABLE', 'RESERVED', 'CHECKED_OUT', 'SHIPPED', 'CONSUMED', 'DESTROYED', 'MISSING')),
    CONSTRAINT sample_freeze_thaw_count_positive CHECK (freeze_thaw_count >= 0),
    CONSTRAINT sample_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT sample_waiting_temperature CHECK (pre_centrifugation_temperature IN ('ROOM', 'REFRIGERATED', 'BODY')
        AND post_centrifugation_temperature IN ('ROOM', 'REFRIGERATED', 'BODY')),
    CONSTRAINT sample_ischaemia_positive CHECK (coalesce(warm_ischaemia_minutes, 0) >= 0
        AND coalesce(cold_ischaemia_minutes, 0) >= 0 AND coalesce(fixation_minutes, 0) >= 0)
);
CREATE INDEX sample_participant ON sample (participant_id);
CREATE INDEX sample_parent ON sample (parent_id);
CREATE INDEX sample_collection ON sample (collection_id);
CREATE INDEX sample_type_status ON sample (sample_type_id, status);

-- Destruction is an event, never a DELETE (rule 5); a barcode is never given to something else.
CREATE FUNCTION refuse_sample_delete_or_relabel() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'samples are never deleted; record a destroyed event instead'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NEW.barcode <> OLD.barcode OR NEW.participant_id <> OLD.participant_id
            OR NEW.parent_id IS DISTINCT FROM OLD.parent_id THEN
        RAISE EXCEPTION 'a sample keeps its barcode, participant and parent for ever'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER sample_kept_for_ever BEFORE UPDATE OR DELETE ON sample
    FOR EACH ROW EXECUTE FUNCTION refuse_sample_delete_or_relabel();

-- The chain of custody: one row per thing that happened to a sample, append-only.
CREATE TABLE sample_event (
    id             bigint         PRIMARY KEY,
    sample_id      bigint         NOT NULL REFERENCES sample (id),
    kind           varchar(20)    NOT NULL,
    occurred_at    timestamptz    NOT NULL,
    recorded_by    varchar(64)    NOT NULL,
    from_location  varchar(80),
    to_location    varchar(80),
    quantity       numeric(12, 3),
    related        varchar(24),
    detail         varchar(500),
    status_after   varchar(20)    NOT NULL,
    CONSTRAINT sample_event_kind_known CHECK (kind IN ('COLLECTED', 'RECEIVED', 'PROCESSED', 'ALIQUOTED',
        'DERIVED', 'STORED', 'MOVED', 'REMOVED', 'CHECKED_OUT', 'RETURNED', 'THAWED', 'SHIPPED', 'CONSUMED',
        'DESTROYED', 'MISSING', 'FOUND', 'QC_RESULT', 'BLOCKED', 'RESERVED', 'RELEASED'))
);
CREATE INDEX sample_event_sample ON sample_event (sample_id, id);
CREATE TRIGGER sample_event_append_only BEFORE UPDATE OR DELETE ON sample_event
    FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER sample_event_no_truncate BEFORE TRUNCATE ON sample_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();

-- Box types and their grid: rows are letters (A...), columns numbers (1...).
CREATE TABLE box_type (
    id        bigint       PRIMARY KEY,
    code      varchar(20)  NOT NULL,
    name      varchar(100) NOT NULL,
    rows      integer      NOT NULL,
    columns   integer      NOT NULL,
    version   bigint       NOT NULL DEFAULT 0,
    CONSTRAINT box_type_code_key UNIQUE (code),
    CONSTRAINT box_type_grid CHECK (rows BETWEEN 1 AND 26 AND columns BETWEEN 1 AND 99)
);
INSERT INTO box_type (id, code, name, rows, columns) VALUES
    (1, 'GRID9X9', 'Cryobox 9×9 (81 vials)', 9, 9),
    (2, 'GRID10X10', 'Cryobox 10×10 (100 vials)', 10, 10),
    (3, 'RACK8X12', 'SBS rack 8×12 (96 tubes)', 8, 12);

-- The storage tree: site, room, freezer, rack (a shelf or rack in a freezer). Freezers and racks
-- carry barcodes; a freezer has a temperature class.
CREATE TABLE storage_unit (
    id                 bigint       PRIMARY KEY,
    kind               varchar(10)  NOT NULL,
    parent_id          bigint       REFERENCES storage_unit (id),
    name               varchar(100) NOT NULL,
    barcode            varchar(24),
    temperature_class  varchar(10),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT storage_unit_kind_known CHECK (kind IN ('SITE', 'ROOM', 'FREEZER', 'RACK')),
    CONSTRAINT storage_unit_only_sites_at_top CHECK ((kind = 'SITE') = (parent_id IS NULL)),
    CONSTRAINT storage_unit_barcode_key UNIQUE (barcode),
    CONSTRAINT storage_unit_barcoded CHECK ((kind IN ('FREEZER', 'RACK')) = (barcode IS NOT NULL)),
    CONSTRAINT storage_unit_barcode_format CHECK (barcode IS NULL
        OR (kind = 'FREEZER' AND barcode ~ '^F[0-9]{1,18}[0-9A-Z*]$')
        OR (kind = 'RACK' AND barcode ~ '^R[0-9]{1,18}[0-9A-Z*]$')),
    CONSTRAINT storage_unit_temperature CHECK ((kind = 'FREEZER') = (temperature_class IS NOT NULL)
        AND (temperature_class IS NULL OR temperature_class IN ('+4', '-20', '-80', '-150', 'LN2'))),
    CONSTRAINT storage_unit_name_once UNIQUE (parent_id, name)
);
CREATE INDEX storage_unit_parent ON storage_unit (parent_id);

CREATE TABLE box (
    id           bigint       PRIMARY KEY,
    barcode      varchar(24)  NOT NULL,
    box_type_id  bigint       NOT NULL REFERENCES box_type (id),
    rack_id      bigint       REFERENCES storage_unit (id),
    name         varchar(100) NOT NULL,
    version      bigint       NOT NULL DEFAULT 0,
    CONSTRAINT box_barcode_key UNIQUE (barcode),
    CONSTRAINT box_barcode_format CHECK (barcode ~ '^B[0-9]{1,18}[0-9A-Z*]$')
);
CREATE INDEX box_rack ON box (rack_id);

-- One tube, one place (rule 2): a position holds one sample, a sample is in one position.
CREATE TABLE sample_location (
    id          bigint       PRIMARY KEY,
    sample_id   bigint       NOT NULL REFERENCES sample (id),
    box_id      bigint       NOT NULL REFERENCES box (id),
    row_no      integer      NOT NULL,
    column_no   integer      NOT NULL,
    stored_at   timestamptz  NOT NULL,
    stored_by   varchar(64)  NOT NULL,
    version     bigint       NOT NULL DEFAULT 0,
    CONSTRAINT sample_location_one_place UNIQUE (sample_id),
    CONSTRAINT sample_location_one_tube UNIQUE (box_id, row_no, column_no),
    CONSTRAINT sample_location_on_grid CHECK (row_no BETWEEN 1 AND 26 AND column_no BETWEEN 1 AND 99)
);

-- The technicians' task list after a withdrawal that asks for destruction (rule 5).
CREATE TABLE destruction_task (
    id             bigint       PRIMARY KEY,
    sample_id      bigint       NOT NULL REFERENCES sample (id),
    withdrawal_id  bigint       NOT NULL REFERENCES withdrawal (id),
    created_at     timestamptz  NOT NULL,
    completed_at   timestamptz,
    completed_by   varchar(64),
    version        bigint       NOT NULL DEFAULT 0,
    CONSTRAINT destruction_task_once UNIQUE (sample_id, withdrawal_id),
    CONSTRAINT destruction_task_completion CHECK ((completed_at IS NULL) = (completed_by IS NULL))
);
CREATE INDEX destruction_task_open ON destruction_task (created_at) WHERE completed_at IS NULL;

-- Label layouts and network label printers, both maintained by an ADMIN (issue 5, "Labels and
-- scanning"). A layout holds what barcode-labels' LabelLayout needs; the renderers (PNG, PDF sheet,
-- ZPL) draw from it. Printers are optional: without one, labels are downloaded and printed by hand.
-- Seeded rows take ids 1-50; EclipseLink's first block from START WITH 100 is 51-100.
CREATE SEQUENCE label_layout_seq START WITH 100 INCREMENT BY 50;
CREATE SEQUENCE label_printer_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE label_layout (
    id                  bigint        PRIMARY KEY,
    name                varchar(100)  NOT NULL,
    -- what the label goes on: a sample tube, a box or rack, a tissue slide
    purpose             varchar(10)   NOT NULL,
    width_mm            numeric(6,2)  NOT NULL,
    height_mm           numeric(6,2)  NOT NULL,
    -- barcode-labels lays out DataMatrix (2D, left of the text) and Code 128 (linear, on top)
    symbology           varchar(12)   NOT NULL,
    margin_mm           numeric(5,2)  NOT NULL,
    -- wanted module (narrowest bar / cell); rounded to printer dots, never below the scannable minimum
    module_mm           numeric(4,2)  NOT NULL,
    -- height of the bars of a Code 128; unused by DataMatrix
    bar_height_mm       numeric(6,2)  NOT NULL,
    identifier_size_pt  numeric(4,1)  NOT NULL,
    text_size_pt        numeric(4,1)  NOT NULL,
    -- the layout used for its purpose when none is named
    is_default          boolean       NOT NULL DEFAULT false,
    active              boolean       NOT NULL DEFAULT true,
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT label_layout_name_key UNIQUE (name),
    CONSTRAINT label_layout_name_present CHECK (length(btrim(name)) > 0),
    CONSTRAINT label_layout_purpose_known CHECK (purpose IN ('SAMPLE', 'BOX', 'SLIDE')),
    CONSTRAINT label_layout_symbology_known CHECK (symbology IN ('CODE_128', 'DATA_MATRIX')),
    CONSTRAINT label_layout_size CHECK (width_mm BETWEEN 5 AND 300 AND height_mm BETWEEN 5 AND 300),
    CONSTRAINT label_layout_module CHECK (module_mm BETWEEN 0.1 AND 2),
    CONSTRAINT label_layout_margin CHECK (margin_mm >= 0),
    CONSTRAINT label_layout_text CHECK (identifier_size_pt BETWEEN 3 AND 36 AND text_size_pt BETWEEN 3 AND 36),
    -- the default is in use
    CONSTRAINT label_layout_default_active CHECK (NOT is_default OR active)
);
-- One default per purpose, enforced by the database.
CREATE UNIQUE INDEX label_layout_one_default ON label_layout (purpose) WHERE is_default;

-- The presets of barcode-labels' LabelLayout: cryovial25x13(), slide38x21(), box50x25Code128().
INSERT INTO label_layout (id, name, purpose, width_mm, height_mm, symbology, margin_mm, module_mm, bar_height_mm,
                          identifier_size_pt, text_size_pt, is_default) VALUES
    (1, 'Cryovial 25 x 13 mm', 'SAMPLE', 25, 13, 'DATA_MATRIX', 0.8, 0.42, 6, 5.5, 4.5, true),
    (2, 'Slide 38 x 21 mm', 'SLIDE', 38, 21, 'DATA_MATRIX', 1.2, 0.6, 6, 8, 6.5, true),
    (3, 'Box 50 x 25 mm, Code 128', 'BOX', 50, 25, 'CODE_128', 1.5, 0.25, 8, 7, 5.5, true);

-- Zebra printers on the network, reached over raw TCP (port 9100) with ZPL II.
CREATE TABLE label_printer (
    id       bigint        PRIMARY KEY,
    name     varchar(100)  NOT NULL,
    host     varchar(255)  NOT NULL,
    port     integer       NOT NULL DEFAULT 9100,
    dpi      integer       NOT NULL DEFAULT 203,
    active   boolean       NOT NULL DEFAULT true,
    version  bigint        NOT NULL DEFAULT 0,
    CONSTRAINT label_printer_name_key UNIQUE (name),
    CONSTRAINT label_printer_name_present CHECK (length(btrim(name)) > 0),
    CONSTRAINT label_printer_host_present CHECK (length(btrim(host)) > 0),
    CONSTRAINT label_printer_port CHECK (port BETWEEN 1 AND 65535),
    CONSTRAINT label_printer_dpi CHECK (dpi IN (203, 300))
);

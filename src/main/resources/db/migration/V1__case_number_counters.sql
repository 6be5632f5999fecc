-- Day counters behind the case numbers CLM-YYYYMMDD-NNNNNN and CMP-YYYYMMDD-NNNNNN.
-- One row per prefix and day; the row is locked while a number is drawn.
CREATE TABLE case_number_counter (
    prefix       VARCHAR(8)  NOT NULL,
    counter_day  DATE        NOT NULL,
    last_value   BIGINT      NOT NULL,
    CONSTRAINT pk_case_number_counter PRIMARY KEY (prefix, counter_day)
);

-- Spot checks (抽检) of closed complaints (issue 16): a share of the closed complaints is drawn for a
-- quality inspector (complaints.spot-check.rate); a finding is rectified like a claim's
-- (spot_check_rectification, case type COMPLAINT).
CREATE TABLE complaint_spot_check (
    complaint_number      VARCHAR(24)   NOT NULL,
    drawn_at              TIMESTAMP     NOT NULL,
    sampling_rate         DECIMAL(5,4)  NOT NULL,
    inspected_by          VARCHAR(64),
    inspected_at          TIMESTAMP,
    process_followed      BOOLEAN,
    resolution_reasonable BOOLEAN,
    customer_informed     BOOLEAN,
    findings              VARCHAR(4000),
    CONSTRAINT pk_complaint_spot_check PRIMARY KEY (complaint_number),
    CONSTRAINT fk_complaint_spot_check_complaint FOREIGN KEY (complaint_number) REFERENCES complaint (complaint_number)
);
CREATE INDEX ix_complaint_spot_check_inspected ON complaint_spot_check (inspected_at);

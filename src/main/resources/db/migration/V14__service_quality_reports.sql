-- Service quality and regulatory reporting (issue 17): the quarterly evaluation's kept reports,
-- and the indexes that let a month's report find its rows by time (<= 2 s for 100,000 claims a
-- month, README "Service quality and reports").

-- The report of each quarterly service-quality evaluation as compiled, and how it was judged.
-- status COMPILED | APPROVED. report_json is the report as GET /api/reports/service-quality returns it.
CREATE TABLE quality_report (
    report_id               VARCHAR(36)   NOT NULL,
    period                  VARCHAR(8)    NOT NULL,
    process_instance_id     VARCHAR(64)   NOT NULL,
    compiled_at             TIMESTAMP     NOT NULL,
    report_json             TEXT          NOT NULL,
    scope                   VARCHAR(2000),
    targets                 VARCHAR(2000),
    findings                VARCHAR(4000),
    status                  VARCHAR(16)   NOT NULL,
    approved_by             VARCHAR(64),
    approved_at             TIMESTAMP,
    approval_comment        VARCHAR(2000),
    CONSTRAINT pk_quality_report PRIMARY KEY (report_id)
);
CREATE INDEX ix_quality_report_period ON quality_report (period, compiled_at);

CREATE INDEX ix_claim_created ON claim (created_at);
CREATE INDEX ix_claim_decided ON claim (decided_at);
CREATE INDEX ix_claim_determination_due ON claim (determination_due_at);
CREATE INDEX ix_claim_payment_due ON claim (payment_due_at);
CREATE INDEX ix_claim_documents_complete ON claim (documents_complete_at);
CREATE INDEX ix_claim_payment_claim ON claim_payment (claim_number, status, kind, paid_at);
CREATE INDEX ix_claim_payment_paid ON claim_payment (paid_at);
CREATE INDEX ix_claim_spot_check_inspected ON claim_spot_check (inspected_at);
CREATE INDEX ix_claim_decision_decided ON claim_decision (claim_number, decided_at);
CREATE INDEX ix_complaint_received ON complaint (received_at);
CREATE INDEX ix_complaint_decision_due ON complaint (decision_due_at);
CREATE INDEX ix_complaint_feedback ON complaint (feedback_at);
CREATE INDEX ix_complaint_reviewed ON complaint (reviewed_at);
CREATE INDEX ix_crisis_incident_opened ON crisis_incident (opened_at);

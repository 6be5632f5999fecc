-- Complaints (投诉) as business records: the complaint with its triage, clock, handling, feedback and review;
-- its timeline, letters and deadline breaches; the causes complaints are grouped by and the crisis incidents
-- (危机事件) that answer several complaints at once. Written in the same transaction as the engine step that
-- causes them. The columns are chosen for the periodic analysis of causes: what, about which claim, product or
-- catastrophe event, how urgent, how long it took, whether the deadline held and whether the complainant was
-- satisfied.

-- A cause several complaints can share: one claim, one catastrophe event or one policy product. The row is also
-- what concurrent intakes lock while they decide whether to open or join a crisis incident for the cause.
CREATE TABLE complaint_cause (
    cause_key       VARCHAR(160)  NOT NULL,
    cause_type      VARCHAR(16)   NOT NULL,
    description     VARCHAR(300)  NOT NULL,
    first_seen_at   TIMESTAMP     NOT NULL,
    CONSTRAINT pk_complaint_cause PRIMARY KEY (cause_key),
    CONSTRAINT ck_complaint_cause_type CHECK (cause_type IN ('CLAIM', 'CATASTROPHE', 'PRODUCT', 'COMPLAINT'))
);

CREATE TABLE crisis_incident (
    incident_id             VARCHAR(24)   NOT NULL,
    cause_key               VARCHAR(160)  NOT NULL,
    lead_complaint_number   VARCHAR(24)   NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    opened_at               TIMESTAMP     NOT NULL,
    joinable_until          TIMESTAMP     NOT NULL,
    response_due_at         TIMESTAMP     NOT NULL,
    assessment              VARCHAR(4000),
    assessed_by             VARCHAR(64),
    response                VARCHAR(4000),
    responded_by            VARCHAR(64),
    responded_at            TIMESTAMP,
    communication           VARCHAR(4000),
    media_statement_issued  BOOLEAN,
    communicated_by         VARCHAR(64),
    root_cause              VARCHAR(4000),
    corrective_action       VARCHAR(4000),
    summarised_by           VARCHAR(64),
    closed_at               TIMESTAMP,
    CONSTRAINT pk_crisis_incident PRIMARY KEY (incident_id),
    CONSTRAINT fk_crisis_incident_cause FOREIGN KEY (cause_key) REFERENCES complaint_cause (cause_key),
    CONSTRAINT ck_crisis_incident_status CHECK (status IN ('OPEN', 'ANSWERED', 'CLOSED'))
);
CREATE INDEX ix_crisis_incident_cause ON crisis_incident (cause_key, status);

CREATE TABLE complaint (
    complaint_number        VARCHAR(24)   NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    complainant_name        VARCHAR(100)  NOT NULL,
    complainant_phone       VARCHAR(20),
    complainant_email       VARCHAR(200),
    complainant_count       INTEGER       DEFAULT 1 NOT NULL,
    policy_number           VARCHAR(32),
    product_name            VARCHAR(100),
    claim_number            VARCHAR(24),
    catastrophe_event_id    VARCHAR(36),
    cause_key               VARCHAR(160),
    stated_category         VARCHAR(16),
    category                VARCHAR(16),
    urgency                 VARCHAR(16),
    mass_complaint          BOOLEAN       DEFAULT FALSE NOT NULL,
    triage_reason           VARCHAR(300),
    handling_group          VARCHAR(64),
    subject                 VARCHAR(200)  NOT NULL,
    description             VARCHAR(4000) NOT NULL,
    requested_outcome       VARCHAR(1000),
    status                  VARCHAR(32)   NOT NULL,
    received_at             TIMESTAMP     NOT NULL,
    acknowledgement_due_at  TIMESTAMP,
    acknowledged_at         TIMESTAMP,
    decision_due_at         TIMESTAMP,
    extension_count         INTEGER       DEFAULT 0 NOT NULL,
    extension_reason        VARCHAR(2000),
    escalated               BOOLEAN       DEFAULT FALSE NOT NULL,
    crisis_incident_id      VARCHAR(24),
    claim_reconsideration   VARCHAR(16),
    resolution              VARCHAR(4000),
    resolved_by             VARCHAR(64),
    resolved_at             TIMESTAMP,
    result_sent_at          TIMESTAMP,
    feedback_due_at         TIMESTAMP,
    satisfied               BOOLEAN,
    feedback_comment        VARCHAR(2000),
    feedback_at             TIMESTAMP,
    review_outcome          VARCHAR(16),
    review_comment          VARCHAR(4000),
    reviewed_by             VARCHAR(64),
    reviewed_at             TIMESTAMP,
    close_reason            VARCHAR(16),
    closed_at               TIMESTAMP,
    idempotency_key         VARCHAR(100),
    request_fingerprint     VARCHAR(64),
    submitted_by            VARCHAR(64)   NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NOT NULL,
    CONSTRAINT pk_complaint PRIMARY KEY (complaint_number),
    CONSTRAINT uq_complaint_idempotency UNIQUE (submitted_by, idempotency_key),
    CONSTRAINT fk_complaint_policy FOREIGN KEY (policy_number) REFERENCES policy (policy_number),
    CONSTRAINT fk_complaint_claim FOREIGN KEY (claim_number) REFERENCES claim (claim_number),
    CONSTRAINT fk_complaint_cause FOREIGN KEY (cause_key) REFERENCES complaint_cause (cause_key),
    CONSTRAINT fk_complaint_crisis_incident FOREIGN KEY (crisis_incident_id) REFERENCES crisis_incident (incident_id),
    CONSTRAINT ck_complaint_channel CHECK (channel IN ('PHONE', 'ONLINE', 'ONSITE', 'EMAIL')),
    CONSTRAINT ck_complaint_category CHECK (category IN ('SERVICE', 'PRODUCT', 'CLAIMS', 'CONSULTATION')),
    CONSTRAINT ck_complaint_urgency CHECK (urgency IN ('GENERAL', 'URGENT', 'MAJOR')),
    CONSTRAINT ck_complaint_count CHECK (complainant_count >= 1),
    CONSTRAINT ck_complaint_review_outcome CHECK (review_outcome IN ('UPHELD', 'REVISED')),
    CONSTRAINT ck_complaint_close_reason CHECK (close_reason IN ('SATISFIED', 'REVIEWED', 'NO_FEEDBACK'))
);
CREATE INDEX ix_complaint_cause ON complaint (cause_key, received_at);
CREATE INDEX ix_complaint_claim ON complaint (claim_number);
CREATE INDEX ix_complaint_status ON complaint (status);
CREATE INDEX ix_complaint_crisis_incident ON complaint (crisis_incident_id);

CREATE TABLE complaint_event (
    seq               BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    event_id          VARCHAR(36)   NOT NULL,
    complaint_number  VARCHAR(24)   NOT NULL,
    occurred_at       TIMESTAMP     NOT NULL,
    event_type        VARCHAR(40)   NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    actor             VARCHAR(64),
    CONSTRAINT pk_complaint_event PRIMARY KEY (event_id),
    CONSTRAINT fk_complaint_event_complaint FOREIGN KEY (complaint_number) REFERENCES complaint (complaint_number)
);
CREATE INDEX ix_complaint_event_complaint ON complaint_event (complaint_number, occurred_at);

-- Letters to the complainant (acknowledgement, extension, result, final letter), as rendered.
CREATE TABLE complaint_letter (
    seq               BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    letter_id         VARCHAR(36)   NOT NULL,
    complaint_number  VARCHAR(24)   NOT NULL,
    kind              VARCHAR(40)   NOT NULL,
    recipient         VARCHAR(300)  NOT NULL,
    subject           VARCHAR(200)  NOT NULL,
    body              VARCHAR(8000) NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    CONSTRAINT pk_complaint_letter PRIMARY KEY (letter_id),
    CONSTRAINT fk_complaint_letter_complaint FOREIGN KEY (complaint_number) REFERENCES complaint (complaint_number)
);
CREATE INDEX ix_complaint_letter_complaint ON complaint_letter (complaint_number);

-- Every deadline the process saw pass: whose it was, when it was due and to whom the case went.
CREATE TABLE complaint_deadline_breach (
    seq               BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    breach_id         VARCHAR(36)   NOT NULL,
    complaint_number  VARCHAR(24)   NOT NULL,
    stage             VARCHAR(32)   NOT NULL,
    responsible       VARCHAR(100)  NOT NULL,
    due_at            TIMESTAMP     NOT NULL,
    breached_at       TIMESTAMP     NOT NULL,
    escalated_to      VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_complaint_deadline_breach PRIMARY KEY (breach_id),
    CONSTRAINT fk_complaint_breach_complaint FOREIGN KEY (complaint_number) REFERENCES complaint (complaint_number)
);
CREATE INDEX ix_complaint_breach_complaint ON complaint_deadline_breach (complaint_number);

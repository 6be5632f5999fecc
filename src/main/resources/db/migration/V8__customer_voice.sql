-- The customer's voice (seed 000 §二, §三, §八; 001 回访; 003 §四(一)): consultations, call-backs
-- with their questionnaire, rectification of spot-check findings and corrective actions from the
-- monthly complaint cause analysis. Written by the consultation and call-back processes, read by
-- the service-quality reports. Timestamps are UTC instants, like every other table.

-- A question from a customer (咨询), answered by customer service or handed to an advisor.
CREATE TABLE consultation (
    consultation_number     VARCHAR(24)   NOT NULL,
    channel                 VARCHAR(16)   NOT NULL,
    submitted_by            VARCHAR(64),
    idempotency_key         VARCHAR(100),
    request_fingerprint     VARCHAR(64),
    customer_name           VARCHAR(100)  NOT NULL,
    customer_phone          VARCHAR(20)   NOT NULL,
    policy_number           VARCHAR(32),
    claim_number            VARCHAR(24),
    region_code             VARCHAR(6),
    product_line            VARCHAR(16),
    topic                   VARCHAR(16)   NOT NULL,
    question                VARCHAR(2000) NOT NULL,
    status                  VARCHAR(24)   NOT NULL,
    received_at             TIMESTAMP     NOT NULL,
    first_response_due      TIMESTAMP     NOT NULL,
    first_responded_at      TIMESTAMP,
    first_responded_by      VARCHAR(64),
    first_response_breached BOOLEAN       DEFAULT FALSE NOT NULL,
    handed_to_advisor       BOOLEAN       DEFAULT FALSE NOT NULL,
    answered_by             VARCHAR(64),
    answer                  VARCHAR(4000),
    resolution              VARCHAR(24),
    linked_claim_number     VARCHAR(24),
    linked_complaint_number VARCHAR(24),
    closed_at               TIMESTAMP,
    created_at              TIMESTAMP     NOT NULL,
    updated_at              TIMESTAMP     NOT NULL,
    CONSTRAINT pk_consultation PRIMARY KEY (consultation_number),
    CONSTRAINT uq_consultation_idempotency UNIQUE (submitted_by, idempotency_key)
);
CREATE INDEX ix_consultation_received ON consultation (received_at);

-- A call-back (回访) after a claim was archived or a complaint closed, and its questionnaire.
-- case_type CLAIM | COMPLAINT; outcome REACHED | NOT_REACHED; scores 1-5 (null when not reached).
CREATE TABLE call_back (
    call_back_id            VARCHAR(36)   NOT NULL,
    case_type               VARCHAR(16)   NOT NULL,
    case_number             VARCHAR(24)   NOT NULL,
    selection_reason        VARCHAR(64)   NOT NULL,
    started_at              TIMESTAMP     NOT NULL,
    attempts                INT           DEFAULT 0 NOT NULL,
    outcome                 VARCHAR(16),
    overall_satisfaction    SMALLINT,
    speed_score             SMALLINT,
    attitude_score          SMALLINT,
    clarity_score           SMALLINT,
    contact_changed         BOOLEAN,
    customer_comment        VARCHAR(2000),
    follow_up_opened        BOOLEAN       DEFAULT FALSE NOT NULL,
    linked_complaint_number VARCHAR(24),
    called_by               VARCHAR(64),
    completed_at            TIMESTAMP,
    CONSTRAINT pk_call_back PRIMARY KEY (call_back_id),
    CONSTRAINT uq_call_back_case UNIQUE (case_type, case_number)
);
CREATE INDEX ix_call_back_completed ON call_back (completed_at);

-- A spot-check finding (claim or complaint) to be rectified by a deadline and verified by another
-- quality inspector. status OPEN | RECTIFIED | VERIFIED | REOPENED.
CREATE TABLE rectification (
    rectification_id        VARCHAR(36)   NOT NULL,
    case_type               VARCHAR(16)   NOT NULL,
    case_number             VARCHAR(24)   NOT NULL,
    finding                 VARCHAR(4000) NOT NULL,
    raised_by               VARCHAR(64)   NOT NULL,
    raised_at               TIMESTAMP     NOT NULL,
    responsible_user        VARCHAR(64),
    due_at                  TIMESTAMP     NOT NULL,
    rectified_at            TIMESTAMP,
    rectified_by            VARCHAR(64),
    rectification           VARCHAR(4000),
    verified_at             TIMESTAMP,
    verified_by             VARCHAR(64),
    overdue                 BOOLEAN       DEFAULT FALSE NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_rectification PRIMARY KEY (rectification_id)
);
CREATE INDEX ix_rectification_raised ON rectification (raised_at);

-- A corrective action from a complaint cause analysis (or a service-quality evaluation): owner,
-- deadline, follow-up. source COMPLAINT_CAUSE_ANALYSIS | QUALITY_EVALUATION;
-- status OPEN | DONE | EFFECTIVE | NOT_EFFECTIVE.
CREATE TABLE corrective_action (
    action_id               VARCHAR(36)   NOT NULL,
    source                  VARCHAR(32)   NOT NULL,
    period                  VARCHAR(8)    NOT NULL,
    description             VARCHAR(2000) NOT NULL,
    owner_group             VARCHAR(64),
    owner_user              VARCHAR(64),
    due_at                  TIMESTAMP     NOT NULL,
    created_by              VARCHAR(64)   NOT NULL,
    created_at              TIMESTAMP     NOT NULL,
    done_at                 TIMESTAMP,
    done_by                 VARCHAR(64),
    result                  VARCHAR(2000),
    verified_at             TIMESTAMP,
    verified_by             VARCHAR(64),
    effective               BOOLEAN,
    status                  VARCHAR(16)   NOT NULL,
    CONSTRAINT pk_corrective_action PRIMARY KEY (action_id)
);
CREATE INDEX ix_corrective_action_period ON corrective_action (period);

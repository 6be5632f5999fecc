-- The catastrophe green channel (巨灾理赔绿色通道): events declared by claims managers, the regions
-- and perils they cover, the report each event ends with, the claims they put in the green channel
-- and the spot checks (抽检) drawn among closed claims.
CREATE TABLE catastrophe_event (
    event_id                VARCHAR(24)   NOT NULL,
    name                    VARCHAR(100)  NOT NULL,
    grade                   VARCHAR(16)   NOT NULL,
    loss_from               DATE          NOT NULL,
    loss_to                 DATE          NOT NULL,
    fast_track_limit        DECIMAL(15,2) NOT NULL,
    auto_settlement_limit   DECIMAL(15,2) NOT NULL,
    advance_payment_share   DECIMAL(5,4)  NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    declared_by             VARCHAR(64)   NOT NULL,
    declared_at             TIMESTAMP     NOT NULL,
    closed_by               VARCHAR(64),
    closed_at               TIMESTAMP,
    close_reason            VARCHAR(500),
    CONSTRAINT pk_catastrophe_event PRIMARY KEY (event_id)
);
CREATE INDEX ix_catastrophe_event_status ON catastrophe_event (status);

-- A region as declared (440000 province, 440300 city, 440305 district) and the prefix of the
-- 6-digit claim region codes it covers (44, 4403, 440305).
CREATE TABLE catastrophe_event_region (
    event_id        VARCHAR(24) NOT NULL,
    region_code     VARCHAR(6)  NOT NULL,
    match_prefix    VARCHAR(6)  NOT NULL,
    CONSTRAINT pk_catastrophe_event_region PRIMARY KEY (event_id, region_code),
    CONSTRAINT fk_catastrophe_event_region_event FOREIGN KEY (event_id) REFERENCES catastrophe_event (event_id)
);

CREATE TABLE catastrophe_event_peril (
    event_id        VARCHAR(24) NOT NULL,
    peril           VARCHAR(32) NOT NULL,
    CONSTRAINT pk_catastrophe_event_peril PRIMARY KEY (event_id, peril),
    CONSTRAINT fk_catastrophe_event_peril_event FOREIGN KEY (event_id) REFERENCES catastrophe_event (event_id)
);

CREATE TABLE catastrophe_report (
    event_id                    VARCHAR(24)   NOT NULL,
    compiled_at                 TIMESTAMP     NOT NULL,
    claims_received             INTEGER       NOT NULL,
    claims_switched             INTEGER       NOT NULL,
    claims_decided              INTEGER       NOT NULL,
    claims_approved             INTEGER       NOT NULL,
    claims_rejected             INTEGER       NOT NULL,
    claims_settled_straight_through INTEGER   NOT NULL,
    claims_paid_within_target   INTEGER       NOT NULL,
    share_paid_within_target    DECIMAL(5,4)  NOT NULL,
    target_share                DECIMAL(5,4)  NOT NULL,
    target_met                  BOOLEAN       NOT NULL,
    amount_claimed              DECIMAL(17,2) NOT NULL,
    amount_approved             DECIMAL(17,2) NOT NULL,
    amount_paid                 DECIMAL(17,2) NOT NULL,
    amount_advanced             DECIMAL(17,2) NOT NULL,
    average_hours_to_payment    DECIMAL(10,1),
    reviewed_by                 VARCHAR(64),
    reviewed_at                 TIMESTAMP,
    review_comment              VARCHAR(2000),
    CONSTRAINT pk_catastrophe_report PRIMARY KEY (event_id),
    CONSTRAINT fk_catastrophe_report_event FOREIGN KEY (event_id) REFERENCES catastrophe_event (event_id)
);

-- What the eligibility decision allowed a green-channel claim, and whether it came in during the
-- event (INTAKE) or was running when the event was declared (SWITCHED).
CREATE TABLE claim_green_channel (
    claim_number            VARCHAR(24)   NOT NULL,
    event_id                VARCHAR(24)   NOT NULL,
    source                  VARCHAR(16)   NOT NULL,
    fast_track              BOOLEAN       NOT NULL,
    fast_track_limit        DECIMAL(15,2),
    auto_settlement_allowed BOOLEAN       NOT NULL,
    advance_payment_allowed BOOLEAN       NOT NULL,
    advance_payment_share   DECIMAL(5,4),
    reason                  VARCHAR(500)  NOT NULL,
    assigned_at             TIMESTAMP     NOT NULL,
    CONSTRAINT pk_claim_green_channel PRIMARY KEY (claim_number),
    CONSTRAINT fk_claim_green_channel_claim FOREIGN KEY (claim_number) REFERENCES claim (claim_number),
    CONSTRAINT fk_claim_green_channel_event FOREIGN KEY (event_id) REFERENCES catastrophe_event (event_id)
);
CREATE INDEX ix_claim_catastrophe_event ON claim (catastrophe_event_id);
CREATE INDEX ix_claim_region ON claim (region_code);

-- Closed claims drawn for a spot check, and the quality inspector's findings.
CREATE TABLE claim_spot_check (
    claim_number        VARCHAR(24)   NOT NULL,
    drawn_at            TIMESTAMP     NOT NULL,
    basis               VARCHAR(32)   NOT NULL,
    sampling_rate       DECIMAL(5,4)  NOT NULL,
    inspected_by        VARCHAR(64),
    inspected_at        TIMESTAMP,
    process_followed    BOOLEAN,
    review_accurate     BOOLEAN,
    payment_reasonable  BOOLEAN,
    findings            VARCHAR(4000),
    CONSTRAINT pk_claim_spot_check PRIMARY KEY (claim_number),
    CONSTRAINT fk_claim_spot_check_claim FOREIGN KEY (claim_number) REFERENCES claim (claim_number)
);

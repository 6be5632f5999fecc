-- Policy registry (保单登记): the policies claims are lodged against. Claim intake reads it to check that
-- the policy exists, is in force on the loss date and covers the peril.
--
-- Expiry is not a status: a policy stays ACTIVE after valid_to, because a claim that arrives later for a loss
-- inside the period is still covered. Whether a loss is covered is decided against the loss date.
CREATE TABLE policy (
    policy_number      VARCHAR(32)    NOT NULL,
    product_line       VARCHAR(16)    NOT NULL,
    product_name       VARCHAR(100)   NOT NULL,
    holder_name        VARCHAR(100)   NOT NULL,
    holder_id_number   VARCHAR(32)    NOT NULL,
    holder_phone       VARCHAR(20),
    insured_name       VARCHAR(100)   NOT NULL,
    insured_id_number  VARCHAR(32)    NOT NULL,
    sum_insured        DECIMAL(15,2)  NOT NULL,
    currency           CHAR(3)        DEFAULT 'CNY' NOT NULL,
    valid_from         DATE           NOT NULL,
    valid_to           DATE           NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    region_code        VARCHAR(6)     NOT NULL,
    created_at         TIMESTAMP      DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT pk_policy PRIMARY KEY (policy_number),
    CONSTRAINT ck_policy_product_line CHECK (product_line IN ('MEDICAL', 'ACCIDENT', 'PROPERTY', 'AUTO', 'LIFE')),
    CONSTRAINT ck_policy_status CHECK (status IN ('ACTIVE', 'LAPSED', 'CANCELLED')),
    CONSTRAINT ck_policy_sum_insured CHECK (sum_insured > 0),
    CONSTRAINT ck_policy_period CHECK (valid_to >= valid_from)
);

CREATE INDEX ix_policy_product_line_status ON policy (product_line, status);

-- The perils (风险) a policy covers. A death benefit is not a peril of its own: a life policy pays a death
-- caused by ILLNESS or ACCIDENT, so it lists those two.
CREATE TABLE policy_covered_peril (
    policy_number  VARCHAR(32)  NOT NULL,
    peril          VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_policy_covered_peril PRIMARY KEY (policy_number, peril),
    CONSTRAINT fk_policy_covered_peril_policy FOREIGN KEY (policy_number) REFERENCES policy (policy_number)
        ON DELETE CASCADE,
    CONSTRAINT ck_policy_covered_peril_peril CHECK (peril IN ('ILLNESS', 'ACCIDENT', 'FIRE', 'THEFT', 'TYPHOON',
        'FLOOD', 'RAINSTORM', 'EARTHQUAKE', 'COLLISION'))
);

-- Transactional outbox for notices (SMS and e-mail): a row is written in the same transaction as
-- the process step that causes the notice, and sent afterwards by NotificationDispatcher with
-- retries. Claims and complaints share it, so case_number has no foreign key.
--
-- recipient is the clear mobile number or e-mail address: it is needed to send and is kept here
-- only, until the message is sent (then it is replaced by the masked form). Everything that is
-- shown or logged uses recipient_masked. last_error is masked before it is stored.
CREATE TABLE notification_outbox (
    id                 VARCHAR(36)   NOT NULL,
    case_number        VARCHAR(24)   NOT NULL,
    notice_kind        VARCHAR(40)   NOT NULL,
    channel            VARCHAR(8)    NOT NULL,
    recipient          VARCHAR(200)  NOT NULL,
    recipient_masked   VARCHAR(200)  NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    body               VARCHAR(8000) NOT NULL,
    status             VARCHAR(8)    NOT NULL,
    attempts           INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at    TIMESTAMP     NOT NULL,
    last_error         VARCHAR(1000),
    claimed_by         VARCHAR(100),
    claimed_at         TIMESTAMP,
    dedup_key          VARCHAR(200)  NOT NULL,
    message_id         VARCHAR(200)  NOT NULL,
    provider_reference VARCHAR(200),
    created_at         TIMESTAMP     NOT NULL,
    sent_at            TIMESTAMP,
    CONSTRAINT pk_notification_outbox PRIMARY KEY (id),
    CONSTRAINT uq_notification_outbox_dedup UNIQUE (dedup_key),
    CONSTRAINT ck_notification_outbox_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_notification_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_notification_outbox_due ON notification_outbox (status, next_attempt_at);
CREATE INDEX ix_notification_outbox_case ON notification_outbox (case_number);

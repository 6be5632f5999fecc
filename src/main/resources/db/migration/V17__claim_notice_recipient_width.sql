-- A notice's recipient is the claimant's name (up to 100 characters) with the masked phone number or
-- e-mail address: 100 characters could not hold a long name and its contact (found by
-- EveryTextFitsItsColumnTest); as wide as a complaint letter's recipient.
ALTER TABLE claim_notice ALTER COLUMN recipient SET DATA TYPE VARCHAR(300);

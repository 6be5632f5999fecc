-- Where the content of each document lives: DATABASE (claim_document.content) or FILE (the document
-- file store, claims.documents.store.location). Recorded per row, so that a change of
-- claims.documents.store affects new documents only and every earlier one stays readable.
ALTER TABLE claim_document ADD COLUMN storage VARCHAR(16) DEFAULT 'DATABASE' NOT NULL;

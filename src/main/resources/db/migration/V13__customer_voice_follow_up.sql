-- What the case's supervisors did after a dissatisfied call-back (followUpDissatisfaction), kept with
-- the call-back next to the answers that opened it.
ALTER TABLE call_back ADD follow_up_note VARCHAR(2000);
ALTER TABLE call_back ADD follow_up_by VARCHAR(64);
ALTER TABLE call_back ADD follow_up_at TIMESTAMP;

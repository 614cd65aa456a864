-- A tranche of a SCHOOL, APPOINTMENT or AGREEMENT award is released by the funder with a note of the evidence
-- (a PROJECT award's tranches only by incubation's verified milestones): who released it and on what evidence.
alter table tranche add column released_by varchar(200);
alter table tranche add column release_evidence text;

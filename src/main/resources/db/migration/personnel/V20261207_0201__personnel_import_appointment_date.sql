-- The date of the appointment decision a leader's term runs from, as a bulk import gives it
-- (docs/import-formats.md, column appointed_on): an imported row is a snapshot whose start is
-- rarely the appointment, so the term end is computed from this date and the date itself is kept.
-- Versions derived from career events carry their APPOINTMENT or REAPPOINTMENT event instead.
ALTER TABLE personnel.employment ADD COLUMN appointed_on date;

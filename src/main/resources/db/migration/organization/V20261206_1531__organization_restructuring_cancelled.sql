-- A recorded restructuring can be cancelled by an approver (a wrong date, a wrong decision): its
-- versions are undone, the record stays with who cancelled it and when, no longer applied (so lineage
-- and statistics ignore it) and without its fingerprint (the corrected row may be imported again).
ALTER TABLE organization.restructuring
    ADD COLUMN cancelled_by text,
    ADD COLUMN cancelled_at timestamptz,
    ADD COLUMN cancel_reason text;

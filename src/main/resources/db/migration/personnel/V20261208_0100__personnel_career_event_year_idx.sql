-- The year's disciplinary measures and retirements (Personnel.careerYear, the annual review): the
-- active events of a kind in a range of days, an index range instead of a scan of every event.
CREATE INDEX career_event_kind_day_idx ON personnel.career_event (kind, effective_date) WHERE status = 'ACTIVE';

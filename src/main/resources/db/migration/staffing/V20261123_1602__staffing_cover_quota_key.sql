-- Drill-downs read a scope's quotas unit by unit through the primary key; carrying the assigned quota
-- and its decision in the key's index lets those reads skip the table (index-only scans).
ALTER TABLE staffing.quota DROP CONSTRAINT quota_pkey;
ALTER TABLE staffing.quota ADD CONSTRAINT quota_pkey PRIMARY KEY (org_code, year, category) INCLUDE (assigned, decision_id);

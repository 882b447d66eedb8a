-- Scope filters compare paths as byte strings (a subtree = a range [prefix, prefix-with-last-'/'-as-'0')),
-- which a prepared statement can use with any parameter value; LIKE with a parameter cannot use an index
-- once the driver switches to a generic plan.
DROP INDEX organization.unit_path_idx;
CREATE INDEX unit_path_idx ON organization.unit (path COLLATE "C");

-- A connector's revision (the endpoint protocol's `revision`, sent back as `If-Match`): 1 when
-- created, one more on every edit that changes something.
ALTER TABLE connectors ADD COLUMN revision integer NOT NULL DEFAULT 1;

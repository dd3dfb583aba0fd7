-- Connectors, with their credentials sealed (AES-256-GCM, see demo/api/crypto.mjs): the key id,
-- the nonce and the ciphertext with its tag. No column ever holds a credential in clear.
CREATE TABLE connectors (
  position bigint GENERATED ALWAYS AS IDENTITY,
  namespace text NOT NULL DEFAULT '',
  id text PRIMARY KEY,
  name text NOT NULL,
  system text NOT NULL,
  company_group text,
  environment text NOT NULL CHECK (environment IN ('live', 'test')),
  time_zone text NOT NULL,
  date_format text NOT NULL,
  auth_type text NOT NULL,
  credentials_key_id text NOT NULL,
  credentials_nonce bytea NOT NULL CHECK (octet_length(credentials_nonce) = 12),
  credentials_sealed bytea NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz
);

-- The rule of DESIGN.md: at most one live and one testing connector per system per company
-- group. A connector without a group counts as the group ''.
CREATE UNIQUE INDEX connectors_one_per_slot ON connectors (namespace, system, coalesce(company_group, ''), environment);
CREATE INDEX connectors_by_namespace ON connectors (namespace, position);

-- Creates by Idempotency-Key: the request's fingerprint (the non-secret part hashed, the
-- credentials keyed with a key derived from the data key named by fingerprint_key_id) and the
-- response that is replayed. Kept 24 hours.
CREATE TABLE idempotency_keys (
  namespace text NOT NULL,
  key text NOT NULL,
  public_fingerprint text NOT NULL,
  secret_fingerprint text NOT NULL,
  fingerprint_key_id text NOT NULL,
  status integer NOT NULL,
  response text NOT NULL,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (namespace, key)
);
CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);

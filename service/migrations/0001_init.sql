-- The service's first tables. Timestamps are timestamptz written by the service's clock; the
-- columns that hold personal data are emptied by the retention job.

-- Intake requests ("Vraag het een partner"). partner_id is null when the programme contact got it.
CREATE SEQUENCE intake_reference_seq;

CREATE TABLE intake_request (
  id bigserial PRIMARY KEY,
  reference text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  lang text NOT NULL CHECK (lang IN ('nl', 'en')),
  page text NOT NULL,
  doc_id text,
  partner_id text,
  -- Personal data: set to null after SERVICE_RETENTION_DAYS.
  name text,
  email text,
  phone text,
  company text,
  question text,
  answers jsonb,
  personal_data_deleted_at timestamptz
);
CREATE INDEX intake_request_created ON intake_request (created_at);
CREATE INDEX intake_request_partner ON intake_request (partner_id, created_at);

-- Page feedback ("Was deze pagina nuttig?"). The comment is stored with e-mail addresses, phone
-- numbers and IBANs already removed, and removed itself after SERVICE_RETENTION_DAYS.
CREATE TABLE feedback (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL,
  lang text NOT NULL CHECK (lang IN ('nl', 'en')),
  page text NOT NULL,
  doc_id text,
  useful boolean NOT NULL,
  comment text
);
CREATE INDEX feedback_page ON feedback (page, created_at);
CREATE INDEX feedback_created ON feedback (created_at);

-- Searches that found (almost) nothing: a count per day, language and normalised query. No
-- address, no identifier.
CREATE TABLE search_signal (
  day date NOT NULL,
  lang text NOT NULL CHECK (lang IN ('nl', 'en')),
  query text NOT NULL,
  count integer NOT NULL DEFAULT 1,
  PRIMARY KEY (day, lang, query)
);

-- Mails waiting to be sent, written in the same transaction as what caused them. A worker leases
-- a due row (FOR UPDATE SKIP LOCKED), sends it, and marks it sent; the message is then emptied.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL,
  request_id bigint REFERENCES intake_request (id) ON DELETE SET NULL,
  kind text NOT NULL,
  message_id text NOT NULL UNIQUE,
  message jsonb,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  leased_until timestamptz,
  sent_at timestamptz,
  last_error text
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

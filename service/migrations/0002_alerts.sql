-- E-mail alerts (issue 23): subscriptions with double opt-in, and what each was sent. A subscription
-- holds only the address, the choices (kind, theme or scheme, language) and the moments it was asked
-- for and confirmed; unconfirmed ones are deleted after 7 days by the retention job.
CREATE TABLE alert_subscription (
  id bigserial PRIMARY KEY,
  email text NOT NULL,
  lang text NOT NULL CHECK (lang IN ('nl', 'en')),
  kind text NOT NULL CHECK (kind IN ('digest', 'reminder')),
  theme text,
  doc_id text,
  created_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  CHECK ((kind = 'digest' AND theme IS NOT NULL AND doc_id IS NULL) OR (kind = 'reminder' AND doc_id IS NOT NULL AND theme IS NULL))
);
-- One subscription per address and choice: asking again never doubles the mails.
CREATE UNIQUE INDEX alert_subscription_choice ON alert_subscription (lower(email), kind, coalesce(theme, ''), coalesce(doc_id, ''));
CREATE INDEX alert_subscription_unconfirmed ON alert_subscription (created_at) WHERE confirmed_at IS NULL;

-- What a subscription was sent, by a key that names the occasion: `digest/2026-12-01` (one digest a
-- day), `news/<scheme>/changed/<entry>` (a piece of news told once), `reminder/<scheme>/…/<deadline>`.
-- The key is inserted in the same transaction that queues the mail, so a job that runs twice, or two
-- jobs at once, queue it once.
CREATE TABLE alert_sent (
  subscription_id bigint NOT NULL REFERENCES alert_subscription (id) ON DELETE CASCADE,
  key text NOT NULL,
  sent_at timestamptz NOT NULL,
  PRIMARY KEY (subscription_id, key)
);
CREATE INDEX alert_sent_at ON alert_sent (sent_at);

-- A mail for a subscription goes when the subscription goes: an unsubscribe also drops a digest that
-- is still waiting in the outbox.
ALTER TABLE outbox ADD COLUMN subscription_id bigint REFERENCES alert_subscription (id) ON DELETE CASCADE;

-- The key that signs confirmation and unsubscribe links when SERVICE_SECRET is not set: made once,
-- at the first start, and shared by every instance on this database.
CREATE TABLE service_secret (
  name text PRIMARY KEY,
  secret text NOT NULL
);

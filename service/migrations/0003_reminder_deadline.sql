-- A reminder subscription keeps its scheme's deadline as last seen in published content, so the job
-- deletes it once that day has passed also when the scheme is no longer published (unpublished, or
-- left out of the content for an error): the privacy promise is "a reminder until its deadline has
-- passed". NULL for a digest, for an ongoing scheme, and for a reminder asked for before this column
-- existed until the job next sees its scheme.
ALTER TABLE alert_subscription ADD COLUMN deadline text CHECK (deadline ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$');

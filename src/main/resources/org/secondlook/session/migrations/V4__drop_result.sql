-- The advice result was stored with every session as it was shown, and never read back: what a session
-- shows is derived again from its answers and content version. Dropping it keeps the database small.
ALTER TABLE sessions DROP COLUMN result_json;

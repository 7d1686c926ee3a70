-- "Resume where you left off?" asks for the most recently touched unfinished session at every start.
CREATE INDEX sessions_unfinished_by_updated ON sessions (status, updated_at DESC, id DESC);

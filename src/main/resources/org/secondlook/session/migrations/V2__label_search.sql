-- Substring search on labels without scanning every row: a trigram index over the label column.
-- secure-delete removes a deleted label's trigrams from the index instead of leaving them until a merge.
CREATE VIRTUAL TABLE session_labels USING fts5 (
    label,
    content = 'sessions',
    content_rowid = 'id',
    tokenize = 'trigram'
);
INSERT INTO session_labels (session_labels, rank) VALUES ('secure-delete', 1);
INSERT INTO session_labels (rowid, label) SELECT id, label FROM sessions WHERE label IS NOT NULL;

CREATE TRIGGER sessions_label_added AFTER INSERT ON sessions WHEN new.label IS NOT NULL
BEGIN
    INSERT INTO session_labels (rowid, label) VALUES (new.id, new.label);
END;

CREATE TRIGGER sessions_label_removed AFTER DELETE ON sessions WHEN old.label IS NOT NULL
BEGIN
    INSERT INTO session_labels (session_labels, rowid, label) VALUES ('delete', old.id, old.label);
END;

CREATE TRIGGER sessions_label_changed AFTER UPDATE OF label ON sessions
BEGIN
    INSERT INTO session_labels (session_labels, rowid, label)
        SELECT 'delete', old.id, old.label WHERE old.label IS NOT NULL;
    INSERT INTO session_labels (rowid, label)
        SELECT new.id, new.label WHERE new.label IS NOT NULL;
END;

-- The clinician view marks sessions whose answers include a warning sign. A column copied from the answers, like
-- site and diagnosis, so that listing never reads the answers: the list costs what it did. Existing sessions are
-- marked once here from their stored answers (a row whose answers are not JSON stays unmarked).
ALTER TABLE sessions ADD COLUMN warning_sign INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET warning_sign = 1
    WHERE CASE WHEN json_valid(answers_json) THEN json_array_length(answers_json, '$.profile.redFlags') END > 0;

-- The jurisdiction profile a department follows (shared/profiles): the deadlines of its requests,
-- objections and catalogue reviews are counted by its rules. NULL follows the platform's default
-- (`npm run platform -- --profile`).
ALTER TABLE departments ADD COLUMN profile TEXT;

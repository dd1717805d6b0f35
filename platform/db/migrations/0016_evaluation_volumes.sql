-- Calls and using departments are the usage reported on authorisations (authorisation_usage): the
-- separate record of calls per department is gone.
DROP TABLE evaluation_usage;

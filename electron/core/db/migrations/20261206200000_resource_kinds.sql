-- The non-data resources of 《拱墅区政务数字资源共建共享管理办法》第二条: each kind's own fields on the
-- entry (NULL for data entries).
ALTER TABLE catalogue_entries ADD COLUMN app_url TEXT;
ALTER TABLE catalogue_entries ADD COLUMN on_gov_cloud INTEGER;
ALTER TABLE catalogue_entries ADD COLUMN protection_level TEXT;
ALTER TABLE catalogue_entries ADD COLUMN app_users TEXT;
ALTER TABLE catalogue_entries ADD COLUMN user_count INTEGER;
ALTER TABLE catalogue_entries ADD COLUMN cloud_service TEXT;
ALTER TABLE catalogue_entries ADD COLUMN cloud_spec TEXT;
ALTER TABLE catalogue_entries ADD COLUMN component_interface TEXT;
ALTER TABLE catalogue_entries ADD COLUMN component_version TEXT;
ALTER TABLE catalogue_entries ADD COLUMN device_count INTEGER;
ALTER TABLE catalogue_entries ADD COLUMN device_type TEXT;
ALTER TABLE catalogue_entries ADD COLUMN device_location TEXT;
ALTER TABLE catalogue_entries ADD COLUMN network_scope TEXT;
ALTER TABLE catalogue_entries ADD COLUMN bandwidth TEXT;
ALTER TABLE catalogue_entries ADD COLUMN security_scope TEXT;

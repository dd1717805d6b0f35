-- One name for the concept: a responsibility (责任清单 条目) names the collection and quality
-- responsibility, as the rest of the code does; the stored values are kept as they are.
ALTER TABLE responsibilities RENAME COLUMN collection_duty TO collection_responsibility;
ALTER TABLE responsibilities RENAME COLUMN quality_duty TO quality_responsibility;

-- A busy booking page's views of one second, from one origin, are one row with their count: the database writes a
-- row per second instead of one per view (issue 13, page metadata). Every existing row stands for one event.
ALTER TABLE "analytics_events" ADD COLUMN "count" integer DEFAULT 1 NOT NULL;
-- Days off become objects so each can carry a name ({"date": "2026-12-25", "label": "Christmas Day"});
-- every link gets the list of date-specific hours it may now hold. Element order is kept.
UPDATE "booking_links"
SET "settings" = jsonb_set(
  "settings",
  '{excludedDates}',
  COALESCE(
    (
      SELECT jsonb_agg(
        CASE WHEN jsonb_typeof(entry) = 'string' THEN jsonb_build_object('date', entry) ELSE entry END
        ORDER BY position
      )
      FROM jsonb_array_elements("settings" -> 'excludedDates') WITH ORDINALITY AS listed(entry, position)
    ),
    '[]'::jsonb
  )
)
WHERE jsonb_typeof("settings" -> 'excludedDates') = 'array';
--> statement-breakpoint
UPDATE "booking_links"
SET "settings" = "settings" || '{"dateOverrides": []}'::jsonb
WHERE NOT ("settings" ? 'dateOverrides');

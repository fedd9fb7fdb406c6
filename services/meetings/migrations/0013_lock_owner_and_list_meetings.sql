-- A booking takes its owner's lock and reads the owner's confirmed meetings in one round trip (issue 13): every
-- other booking of that owner waits while the lock is held, and a round trip under it was a third of that time.
-- In one statement a read would see the database as it was before the lock was granted, missing the booking that
-- the previous holder just committed; a VOLATILE function's own queries each see it as it is when they run, so
-- the meetings are read after the lock, as two statements would. The condition is that of
-- confirmedMeetingsOverlapping (src/adapters/db/repositories/bookings-busy-time.ts), and the rows the JSON tuples
-- of the booking unit of work's MeetingTuple.
CREATE FUNCTION lock_owner_and_list_meetings(p_owner uuid, p_from timestamptz, p_to timestamptz)
RETURNS json
LANGUAGE plpgsql
VOLATILE
AS $$
BEGIN
  PERFORM 1 FROM owners WHERE id = p_owner FOR UPDATE;
  RETURN (
    SELECT coalesce(json_agg(json_build_array(b.id, b.link_id,
             floor(extract(epoch FROM b.starts_at) * 1000),
             floor(extract(epoch FROM b.ends_at) * 1000),
             b.buffer_before_minutes, b.buffer_after_minutes)), '[]'::json)
    FROM bookings b
    WHERE b.owner_id = p_owner AND b.status = 'confirmed' AND b.starts_at < p_to AND b.ends_at > p_from
  );
END
$$;

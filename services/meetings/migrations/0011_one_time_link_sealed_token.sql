-- From now on a one-time link keeps its token sealed (like an evergreen link), so the owner can copy its URL again.
-- Links made before keep only the hash: their token_sealed stays null and their URL cannot be shown.
ALTER TABLE "one_time_links" ADD COLUMN "token_sealed" text;
-- A side effect is claimed by the one run performing it, with a lease: a second run of its job (after a job
-- timeout, or a retry while the first still sends) finds it held and performs nothing (issue 13).
ALTER TABLE "booking_side_effects" ADD COLUMN "claim_token" uuid;--> statement-breakpoint
ALTER TABLE "booking_side_effects" ADD COLUMN "claimed_until" timestamp with time zone;
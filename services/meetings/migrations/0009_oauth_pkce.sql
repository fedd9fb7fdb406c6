-- A flow started before PKCE has no verifier to send: its state is dropped (the owner starts again; states live 10 minutes).
DELETE FROM "oauth_states";--> statement-breakpoint
ALTER TABLE "oauth_states" ADD COLUMN "code_verifier_sealed" text NOT NULL;

CREATE TABLE "owner_avatars" (
	"owner_id" uuid PRIMARY KEY NOT NULL,
	"digest" text NOT NULL,
	"content_type" text NOT NULL,
	"image" "bytea" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "time_zone_chosen" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "owner_avatars" ADD CONSTRAINT "owner_avatars_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "owner_avatars_digest_idx" ON "owner_avatars" USING btree ("digest");
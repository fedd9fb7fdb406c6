CREATE TABLE "side_effect_deliveries" (
	"side_effect_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"message_id" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "side_effect_deliveries_side_effect_id_recipient_pk" PRIMARY KEY("side_effect_id","recipient")
);
--> statement-breakpoint
ALTER TABLE "side_effect_deliveries" ADD CONSTRAINT "side_effect_deliveries_side_effect_id_booking_side_effects_id_fk" FOREIGN KEY ("side_effect_id") REFERENCES "public"."booking_side_effects"("id") ON DELETE cascade ON UPDATE no action;
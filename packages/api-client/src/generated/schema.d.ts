// Generated from openapi.yaml by `npm run openapi`. Do not edit.

export interface paths {
    "/bookings/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database status */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/auth/magic-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a single-use sign-in link (valid 15 minutes) */
        post: operations["requestSignInLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a sign-in link token for an access token */
        post: operations["verifySignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in owner */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the owner’s name, time zone, language or photo (only the fields sent) */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/bookings/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your links, newest first */
        get: operations["listLinks"];
        put?: never;
        /** Create an evergreen booking link */
        post: operations["createLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/links/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your links, with its public URL */
        get: operations["getLink"];
        put?: never;
        post?: never;
        /** Delete a link (soft: its bookings stay) */
        delete: operations["deleteLink"];
        options?: never;
        head?: never;
        /** Change title, description, template or settings (settings are merged) */
        patch: operations["updateLink"];
        trace?: never;
    };
    "/bookings/links/{id}:duplicate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a link (settings, template, state) under a new token, titled "… (copy)" */
        post: operations["duplicateLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/links/{id}:toggle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable or disable a link; a disabled link’s public page answers 410 at once */
        post: operations["toggleLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your templates, newest first */
        get: operations["listTemplates"];
        put?: never;
        /** Create a booking template (questions, follow-up email) */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/templates/library": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in starter templates */
        get: operations["listTemplateLibrary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/templates/library/{key}:use": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a starter template into your templates */
        post: operations["useLibraryTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your templates */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        /** Delete a template (409 template_in_use while a link uses it) */
        delete: operations["deleteTemplate"];
        options?: never;
        head?: never;
        /** Change a template */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/bookings/links/{id}/one-time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One-time links of a link, newest first, with their current status and URL */
        get: operations["listOneTimeLinks"];
        put?: never;
        /** Create a one-time link for one recipient, answering its URL */
        post: operations["createOneTimeLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/one-time/{oid}:revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a one-time link (409 when it has been booked) */
        post: operations["revokeOneTimeLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bookings across all links */
        get: operations["listBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your bookings, with the state of what followed it (another owner’s booking: 404) */
        get: operations["getBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The free slots its booking page offers to move this booking to (its own time counts as free); you may also pick any free time */
        get: operations["getBookingRescheduleSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel one of your bookings: frees its time at once, removes the calendar event, tells both sides. Cancelling a cancelled booking answers it unchanged. */
        post: operations["cancelBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}:reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move one of your bookings (same id): anywhere not busy and not taken by another meeting; the event and both sides follow */
        post: operations["rescheduleBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/links/{id}/analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Views, bookings and conversion of a link, per local day of its time zone */
        get: operations["getLinkAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your audit log, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/holidays/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries (and their regions) whose public holidays can be added to a link’s days off */
        get: operations["listHolidayCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/holidays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public holidays of a country (and region) between two dates, by name */
        get: operations["listHolidays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/connections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Connected calendar accounts, with their status and calendar choices */
        get: operations["listConnections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/connections/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Redirect to the provider's consent page (state valid 10 minutes, single use)
         * @description Sets the httpOnly cookie `bookings_connection_flow` (SameSite=Lax, scoped to the provider's callback path) that binds the flow to this browser: the callback is accepted only from a browser holding it. A SPA calls this with `redirect=false` through a same-origin fetch (the cookie lands in the browser's jar) and then navigates to `authorizeUrl`. The consent page gets an S256 PKCE challenge; the verifier never leaves the server.
         */
        get: operations["startConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/connections/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OAuth redirect target: stores the account, then redirects to the connections page
         * @description No bearer token: the `state` names the owner, and the browser must hold the `bookings_connection_flow` cookie set by startConnection with the same state (else `?error=oauth_browser_mismatch`, and nothing is connected). Redirects to the dashboard’s `/bookings/dashboard/connections?connected=<provider>` or `?error=<code>`.
         */
        get: operations["completeConnection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/connections/{id}/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's calendars, marked with the ones that count as busy and the one receiving events */
        get: operations["listConnectionCalendars"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/connections/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Disconnect an account (its tokens are deleted) */
        delete: operations["deleteConnection"];
        options?: never;
        head?: never;
        /** Choose the calendars that count as busy and whether this account receives new events */
        patch: operations["updateConnection"];
        trace?: never;
    };
    "/bookings/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Autocomplete from the connected address books (3+ characters; one entry per address) */
        get: operations["searchContacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}/side-effects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What followed a booking: calendar event, emails, contact, follow-up, and each one's state */
        get: operations["listBookingSideEffects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/bookings/{id}/side-effects/{sideEffectId}:retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Try a side effect that gave up (dead) again, with a fresh retry schedule, starting now
         * @description Only a dead side effect can be retried: a pending or done one answers 409 side_effect_not_dead.
         */
        post: operations["retryBookingSideEffect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your webhook endpoints, newest first */
        get: operations["listWebhooks"];
        put?: never;
        /** Subscribe an endpoint to events; the answer shows its signing secret, once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your webhook endpoints */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete an endpoint and its delivery log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint: URL, events, description, or switch it on or off
         * @description Switching it on clears why the service switched it off; its waiting deliveries go.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/bookings/webhooks/{id}:rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace the signing secret; the answer shows the new one, once
         * @description For 24 hours the previous secret keeps signing alongside the new one (two signatures in webhook-signature), so receivers can switch over.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/webhooks/{id}:test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the endpoint a ping event; the answer is its delivery, which the log then follows
         * @description A switched-off endpoint answers 409 webhook_disabled.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The endpoint's deliveries, newest first: event, status, attempts, last answer, next try */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/webhooks/{id}/deliveries/{deliveryId}:redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivered or failed delivery again (same webhook-id), with a fresh round of retries
         * @description A delivery still pending answers 409 webhook_delivery_pending.
         */
        post: operations["redeliverWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a booking page offers (records a view) */
        get: operations["getPublicLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/{token}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free slots (UTC) grouped by local date in the requested zone */
        get: operations["getPublicAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/{token}/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge to solve before booking through this link (valid for it only, briefly, once) */
        get: operations["getBookingChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/{token}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Book a slot (honours Idempotency-Key) */
        post: operations["bookSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/manage/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A booking as its attendee sees it, and until when they can change it (changes nothing) */
        get: operations["getManagedBooking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/manage/{token}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free slots to move the booking to; its own time counts as free */
        get: operations["getManagedBookingAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/manage/{token}/challenge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A proof-of-work challenge to solve before cancelling or rescheduling this booking (valid for it only, briefly, once) */
        get: operations["getManageChallenge"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/manage/{token}:cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The attendee cancels (honours Idempotency-Key; a cancelled booking answers unchanged; 409 too_late_to_change within the link’s minChangeNoticeMinutes) */
        post: operations["cancelManagedBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/manage/{token}:reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The attendee moves the booking to a free slot of its link (honours Idempotency-Key; 409 slot_unavailable, too_late_to_change, booking_cancelled) */
        post: operations["rescheduleManagedBooking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bookings/public/avatars/{digest}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An owner’s photo (square WebP) */
        get: operations["getAvatar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "booking.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking was made
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["bookingCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.rescheduled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking was moved (by its owner or its attendee)
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["bookingRescheduledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "booking.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking was cancelled (by its owner or its attendee)
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["bookingCancelledEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.created": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking link was created (or duplicated)
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["linkCreatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.updated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking link was changed, or switched on or off
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["linkUpdatedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "link.deleted": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A booking link was deleted
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["linkDeletedEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    ping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A test the owner asked for
         * @description Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.
         */
        post: operations["pingEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        FieldError: {
            /** @example settings.durations[0] */
            path: string;
            message: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** @example urn:bookings:problem:validation_failed */
            type: string;
            /** @example Bad Request */
            title: string;
            /** @example 400 */
            status: number;
            detail: string;
            /**
             * @description Stable machine-readable error code: a client may switch on it
             * @example validation_failed
             * @enum {string}
             */
            code: "answers_invalid" | "avatar_too_large" | "avatar_unreadable" | "bad_request" | "bad_url" | "booking_cancelled" | "bot_check_failed" | "calendar_unavailable" | "connection_failed" | "database_unavailable" | "duration_not_allowed" | "forbidden" | "headers_too_large" | "idempotency_key_reused" | "identity_conflict" | "internal_error" | "invalid_cursor" | "invalid_json" | "link_expired" | "link_inactive" | "link_not_found" | "link_used" | "method_not_allowed" | "not_acceptable" | "not_found" | "oauth_browser_mismatch" | "oauth_state_invalid" | "off_grid" | "one_time_link_booked" | "outside_window" | "payload_too_large" | "provider_not_configured" | "rate_limited" | "request_timeout" | "side_effect_not_dead" | "sign_in_link_invalid" | "slot_not_offered" | "slot_unavailable" | "template_in_use" | "too_late_to_change" | "unauthorized" | "unsupported_media_type" | "uri_too_long" | "validation_failed" | "webhook_delivery_pending" | "webhook_disabled" | "webhook_url_not_allowed";
            requestId: string;
            errors?: components["schemas"]["FieldError"][];
        };
        Health: {
            /** @enum {unknown} */
            status: "ok" | "unavailable";
            database: {
                /** @enum {unknown} */
                status: "up" | "down";
                /** @enum {unknown} */
                driver: "postgres" | "pglite";
            };
        };
        SignInRequest: {
            /**
             * Format: email
             * @example owner@example.com
             */
            email: string;
        };
        SignInLinkSent: {
            /** @enum {string} */
            status: "sent";
            /** @example 15 */
            expiresInMinutes: number;
            /**
             * @description email: mailed through SMTP. server: no SMTP server is configured (SMTP_URL), so the link was not mailed: it is in the service log (the line "mail written to …", field `links`) and in an .eml file under DATA_DIR/mail
             * @enum {unknown}
             */
            delivery: "email" | "server";
        };
        VerifySignIn: {
            token: string;
            /**
             * @description The browser’s IANA zone: becomes the owner’s zone until they choose one
             * @example Europe/Berlin
             */
            timeZone?: string;
        };
        Owner: {
            /** Format: uuid */
            id: string;
            email: string;
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
        };
        Session: {
            /** @description Bearer token (JWT) for owner routes */
            accessToken: string;
            /** Format: date-time */
            expiresAt: string;
            owner: components["schemas"]["Owner"];
        };
        Profile: {
            /** Format: uuid */
            id: string;
            email: string;
            /** @example Ann Example */
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
            /**
             * @description BCP 47 language tag the owner prefers; null follows the browser
             * @example en-GB
             */
            locale: string | null;
            /** @description The owner’s photo (square WebP); the URL changes with the photo, so it can be cached for good */
            avatarUrl: string | null;
        };
        ProfileUpdate: {
            name?: string;
            /** @example Asia/Kolkata */
            timeZone?: string;
            locale?: string | null;
            /** @description A `data:image/…;base64,` URL of a PNG, JPEG, WebP or GIF of at most 256 kB (re-encoded to a 256×256 WebP); null removes the photo */
            avatar?: string | null;
        };
        /** @description Local wall-clock range [start, end) as HH:MM in the link’s zone */
        TimeRange: {
            /** @example 09:00 */
            start: string;
            /**
             * @description After start; "24:00" is the end of the day
             * @example 17:00
             */
            end: string;
        };
        /**
         * @description Business hours per weekday
         * @example {
         *       "mon": [
         *         {
         *           "start": "09:00",
         *           "end": "12:00"
         *         },
         *         {
         *           "start": "13:00",
         *           "end": "17:00"
         *         }
         *       ],
         *       "tue": [
         *         {
         *           "start": "09:00",
         *           "end": "17:00"
         *         }
         *       ],
         *       "wed": [
         *         {
         *           "start": "09:00",
         *           "end": "17:00"
         *         }
         *       ],
         *       "thu": [
         *         {
         *           "start": "09:00",
         *           "end": "17:00"
         *         }
         *       ],
         *       "fri": [
         *         {
         *           "start": "09:00",
         *           "end": "15:00"
         *         }
         *       ],
         *       "sat": [],
         *       "sun": []
         *     }
         */
        WeeklyHours: {
            /** @description Non-overlapping ranges; empty = day off */
            mon: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            tue: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            wed: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            thu: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            fri: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            sat: components["schemas"]["TimeRange"][];
            /** @description Non-overlapping ranges; empty = day off */
            sun: components["schemas"]["TimeRange"][];
        };
        /** @description A local date with nothing offered, with an optional name */
        ExcludedDate: {
            /**
             * Format: date
             * @description Local date in the link’s zone
             * @example 2026-12-24
             */
            date: string;
            /**
             * @description Why the day is off, e.g. a public holiday’s name
             * @example Christmas Day
             */
            label?: string;
        };
        /**
         * @description Hours of one local date, replacing its weekday’s hours
         * @example {
         *       "date": "2026-12-24",
         *       "ranges": [
         *         {
         *           "start": "09:00",
         *           "end": "12:00"
         *         }
         *       ]
         *     }
         */
        DateOverride: {
            /**
             * Format: date
             * @description Local date in the link’s zone
             * @example 2026-12-24
             */
            date: string;
            /** @description Non-overlapping ranges replacing the weekday’s hours on that date; empty = closed */
            ranges: components["schemas"]["TimeRange"][];
        };
        /**
         * @description The rules that decide which slots a link offers (see design §3)
         * @example {
         *       "timeZone": "Europe/Berlin",
         *       "weeklyHours": {
         *         "mon": [
         *           {
         *             "start": "09:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "tue": [
         *           {
         *             "start": "09:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "wed": [
         *           {
         *             "start": "09:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "thu": [
         *           {
         *             "start": "09:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "fri": [
         *           {
         *             "start": "09:00",
         *             "end": "17:00"
         *           }
         *         ],
         *         "sat": [],
         *         "sun": []
         *       },
         *       "excludedDates": [
         *         {
         *           "date": "2026-12-25",
         *           "label": "Christmas Day"
         *         }
         *       ],
         *       "dateOverrides": [
         *         {
         *           "date": "2026-12-24",
         *           "ranges": [
         *             {
         *               "start": "09:00",
         *               "end": "12:00"
         *             }
         *           ]
         *         }
         *       ],
         *       "durations": [
         *         30,
         *         60
         *       ],
         *       "defaultDuration": 30,
         *       "videoCall": false,
         *       "slotStepMinutes": null,
         *       "bufferBeforeMinutes": 0,
         *       "bufferAfterMinutes": 10,
         *       "maxPerDay": 4,
         *       "maxPerWeek": null,
         *       "minNoticeMinutes": 240,
         *       "minAdvanceDays": 0,
         *       "maxAdvanceDays": 60
         *     }
         */
        LinkSettings: {
            /**
             * @description IANA time zone every rule is read in
             * @example Europe/Berlin
             */
            timeZone: string;
            weeklyHours: components["schemas"]["WeeklyHours"];
            /**
             * @description Local dates with nothing offered (holidays, vacation), with their names when known
             * @example [
             *       {
             *         "date": "2026-12-24"
             *       },
             *       {
             *         "date": "2026-12-25",
             *         "label": "Christmas Day"
             *       }
             *     ]
             */
            excludedDates: components["schemas"]["ExcludedDate"][];
            /**
             * @description Dates with their own hours (distinct dates, none of them also in `excludedDates`): on each, the ranges replace the weekday’s hours
             * @example [
             *       {
             *         "date": "2026-12-24",
             *         "ranges": [
             *           {
             *             "start": "09:00",
             *             "end": "12:00"
             *           }
             *         ]
             *       }
             *     ]
             */
            dateOverrides: components["schemas"]["DateOverride"][];
            /**
             * @description Meeting lengths offered, in minutes: presets 15/30/60/120 or any custom 5–720
             * @example [
             *       30,
             *       60
             *     ]
             */
            durations: number[];
            /**
             * @description One of `durations`, offered first
             * @example 30
             */
            defaultDuration: number;
            /**
             * @description Add a video call (Google Meet / Microsoft Teams) to each booking’s calendar event
             * @example false
             */
            videoCall: boolean;
            /**
             * @description Minutes between candidate starts; null = the chosen duration
             * @example null
             * @example 15
             */
            slotStepMinutes: number | null;
            /** @example 0 */
            bufferBeforeMinutes: number;
            /** @example 10 */
            bufferAfterMinutes: number;
            /**
             * @description Most bookings of this link per local day; null = no cap
             * @example 4
             */
            maxPerDay: number | null;
            /**
             * @description Most bookings of this link per ISO week; null = no cap
             * @example null
             */
            maxPerWeek: number | null;
            /**
             * @description No slot starts sooner than this after now
             * @example 240
             */
            minNoticeMinutes: number;
            /**
             * @description First bookable local date = today + this
             * @example 0
             */
            minAdvanceDays: number;
            /**
             * @description Last bookable local date = today + this
             * @example 60
             */
            maxAdvanceDays: number;
        };
        /**
         * @description Any subset of the settings: merged onto the current settings (or the defaults on create), then the whole is validated
         * @example {
         *       "durations": [
         *         15,
         *         30
         *       ],
         *       "defaultDuration": 15,
         *       "weeklyHours": {
         *         "sat": [
         *           {
         *             "start": "10:00",
         *             "end": "12:00"
         *           }
         *         ]
         *       }
         *     }
         */
        LinkSettingsPatch: {
            /**
             * @description IANA time zone every rule is read in
             * @example Europe/Berlin
             */
            timeZone?: string;
            /**
             * @description Local dates with nothing offered (holidays, vacation), each as "YYYY-MM-DD" or `{date, label}`; stored and answered as `{date, label?}`
             * @example [
             *       "2026-12-24",
             *       {
             *         "date": "2026-12-25",
             *         "label": "Christmas Day"
             *       }
             *     ]
             */
            excludedDates?: (string | components["schemas"]["ExcludedDate"])[];
            /**
             * @description Dates with their own hours (distinct dates, none of them also in `excludedDates`): on each, the ranges replace the weekday’s hours
             * @example [
             *       {
             *         "date": "2026-12-24",
             *         "ranges": [
             *           {
             *             "start": "09:00",
             *             "end": "12:00"
             *           }
             *         ]
             *       }
             *     ]
             */
            dateOverrides?: components["schemas"]["DateOverride"][];
            /**
             * @description Meeting lengths offered, in minutes: presets 15/30/60/120 or any custom 5–720
             * @example [
             *       30,
             *       60
             *     ]
             */
            durations?: number[];
            /**
             * @description One of `durations`, offered first
             * @example 30
             */
            defaultDuration?: number;
            /**
             * @description Add a video call (Google Meet / Microsoft Teams) to each booking’s calendar event
             * @example false
             */
            videoCall?: boolean;
            /**
             * @description Minutes between candidate starts; null = the chosen duration
             * @example null
             * @example 15
             */
            slotStepMinutes?: number | null;
            /** @example 0 */
            bufferBeforeMinutes?: number;
            /** @example 10 */
            bufferAfterMinutes?: number;
            /**
             * @description Most bookings of this link per local day; null = no cap
             * @example 4
             */
            maxPerDay?: number | null;
            /**
             * @description Most bookings of this link per ISO week; null = no cap
             * @example null
             */
            maxPerWeek?: number | null;
            /**
             * @description No slot starts sooner than this after now
             * @example 240
             */
            minNoticeMinutes?: number;
            /**
             * @description First bookable local date = today + this
             * @example 0
             */
            minAdvanceDays?: number;
            /**
             * @description Last bookable local date = today + this
             * @example 60
             */
            maxAdvanceDays?: number;
            /** @description Only the weekdays given are replaced */
            weeklyHours?: {
                /** @description Non-overlapping ranges; empty = day off */
                mon?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                tue?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                wed?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                thu?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                fri?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                sat?: components["schemas"]["TimeRange"][];
                /** @description Non-overlapping ranges; empty = day off */
                sun?: components["schemas"]["TimeRange"][];
            };
        };
        /**
         * @description An evergreen booking link
         * @example {
         *       "id": "0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d",
         *       "title": "Intro call",
         *       "description": "A first 30-minute conversation.",
         *       "templateId": null,
         *       "isActive": true,
         *       "token": "3q2-7wJkYp0Qm4l8r1vXcA9sZbN5tUeHfGdOiKyLmWo",
         *       "url": "https://bookings.example.com/public/bookings/3q2-7wJkYp0Qm4l8r1vXcA9sZbN5tUeHfGdOiKyLmWo",
         *       "settings": {
         *         "timeZone": "Europe/Berlin",
         *         "weeklyHours": {
         *           "mon": [
         *             {
         *               "start": "09:00",
         *               "end": "17:00"
         *             }
         *           ],
         *           "tue": [
         *             {
         *               "start": "09:00",
         *               "end": "17:00"
         *             }
         *           ],
         *           "wed": [
         *             {
         *               "start": "09:00",
         *               "end": "17:00"
         *             }
         *           ],
         *           "thu": [
         *             {
         *               "start": "09:00",
         *               "end": "17:00"
         *             }
         *           ],
         *           "fri": [
         *             {
         *               "start": "09:00",
         *               "end": "17:00"
         *             }
         *           ],
         *           "sat": [],
         *           "sun": []
         *         },
         *         "excludedDates": [
         *           {
         *             "date": "2026-12-25",
         *             "label": "Christmas Day"
         *           }
         *         ],
         *         "dateOverrides": [
         *           {
         *             "date": "2026-12-24",
         *             "ranges": [
         *               {
         *                 "start": "09:00",
         *                 "end": "12:00"
         *               }
         *             ]
         *           }
         *         ],
         *         "durations": [
         *           30,
         *           60
         *         ],
         *         "defaultDuration": 30,
         *         "videoCall": false,
         *         "slotStepMinutes": null,
         *         "bufferBeforeMinutes": 0,
         *         "bufferAfterMinutes": 10,
         *         "maxPerDay": 4,
         *         "maxPerWeek": null,
         *         "minNoticeMinutes": 240,
         *         "minAdvanceDays": 0,
         *         "maxAdvanceDays": 60
         *       },
         *       "minChangeNoticeMinutes": 1440,
         *       "createdAt": "2026-11-02T10:15:00.000Z",
         *       "updatedAt": "2026-11-02T10:15:00.000Z"
         *     }
         */
        Link: {
            /** Format: uuid */
            id: string;
            title: string;
            description: string;
            templateId: string | null;
            /** @description A disabled link’s public page answers 410 link_inactive */
            isActive: boolean;
            /** @description The public token: the `{token}` of the public routes, and the last segment of `url` */
            token: string;
            /** @description The public booking page: PUBLIC_BASE_URL/public/bookings/<token> */
            url: string;
            settings: components["schemas"]["LinkSettings"];
            /**
             * @description Closer than this to a meeting’s start, its attendee can no longer cancel or reschedule it (409 too_late_to_change); the owner always can. Default 1440 (a day).
             * @example 1440
             */
            minChangeNoticeMinutes: number;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            updatedAt: string;
        };
        /**
         * @description Settings left out take the defaults: Mon–Fri 09:00–17:00 in your time zone, 30 minutes, 4 h notice, 60 days ahead
         * @example {
         *       "title": "Intro call",
         *       "settings": {
         *         "durations": [
         *           30,
         *           60
         *         ],
         *         "defaultDuration": 30
         *       }
         *     }
         */
        CreateLinkRequest: {
            /** @example Intro call */
            title: string;
            /** @example A first 30-minute conversation. */
            description?: string;
            /** @description One of your templates, or null for none */
            templateId?: string | null;
            /** @description Default true */
            isActive?: boolean;
            settings?: components["schemas"]["LinkSettingsPatch"];
            /**
             * @description Closer than this to a meeting’s start, its attendee can no longer cancel or reschedule it (409 too_late_to_change); the owner always can. Default 1440 (a day).
             * @example 1440
             */
            minChangeNoticeMinutes?: number;
        };
        /**
         * @description Only the fields given change; settings are merged, then validated whole
         * @example {
         *       "title": "Intro call (30 min)",
         *       "settings": {
         *         "bufferAfterMinutes": 15
         *       }
         *     }
         */
        UpdateLinkRequest: {
            /** @example Intro call */
            title?: string;
            /** @example A first 30-minute conversation. */
            description?: string;
            /** @description One of your templates, or null for none */
            templateId?: string | null;
            settings?: components["schemas"]["LinkSettingsPatch"];
            /**
             * @description Closer than this to a meeting’s start, its attendee can no longer cancel or reschedule it (409 too_late_to_change); the owner always can. Default 1440 (a day).
             * @example 1440
             */
            minChangeNoticeMinutes?: number;
        };
        LinkPage: {
            items: components["schemas"]["Link"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        /** @description A question the recipient answers when booking */
        Question: {
            /**
             * @description Stable key of the answer, unique within the template
             * @example company
             */
            id: string;
            /** @example Company */
            label: string;
            /**
             * @example text
             * @enum {unknown}
             */
            kind: "text" | "long_text" | "email" | "phone" | "single_choice" | "multi_choice" | "checkbox";
            /** @example false */
            required: boolean;
            /**
             * @description Choices of a single_choice or multi_choice question (at least two); absent otherwise
             * @example [
             *       "Video call",
             *       "Phone call"
             *     ]
             */
            options?: string[];
            /** @example A sentence or two helps us prepare. */
            helpText?: string;
        };
        /**
         * @description The questions a recipient answers, and whether a follow-up email is sent
         * @example {
         *       "id": "5a1c2e3f-4b5d-4e6f-8a9b-0c1d2e3f4a5b",
         *       "name": "Intro call",
         *       "description": "Questions for a first conversation.",
         *       "questions": [
         *         {
         *           "id": "company",
         *           "label": "Company",
         *           "kind": "text",
         *           "required": false
         *         },
         *         {
         *           "id": "format",
         *           "label": "Meeting format",
         *           "kind": "single_choice",
         *           "required": true,
         *           "options": [
         *             "Video call",
         *             "Phone call"
         *           ]
         *         }
         *       ],
         *       "emailFollowupEnabled": true,
         *       "createdAt": "2026-11-02T10:15:00.000Z",
         *       "updatedAt": "2026-11-02T10:15:00.000Z"
         *     }
         */
        Template: {
            /** Format: uuid */
            id: string;
            /** @example Intro call */
            name: string;
            /** @example Questions for a first conversation. */
            description: string;
            /** @example [
             *       {
             *         "id": "company",
             *         "label": "Company",
             *         "kind": "text",
             *         "required": false
             *       },
             *       {
             *         "id": "format",
             *         "label": "Meeting format",
             *         "kind": "single_choice",
             *         "required": true,
             *         "options": [
             *           "Video call",
             *           "Phone call"
             *         ]
             *       }
             *     ] */
            questions: components["schemas"]["Question"][];
            /**
             * @description Send the recipient a follow-up email after the meeting
             * @example true
             */
            emailFollowupEnabled: boolean;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            updatedAt: string;
        };
        /** @example {
         *       "name": "Intro call",
         *       "questions": [
         *         {
         *           "id": "company",
         *           "label": "Company",
         *           "kind": "text",
         *           "required": false
         *         },
         *         {
         *           "id": "format",
         *           "label": "Meeting format",
         *           "kind": "single_choice",
         *           "required": true,
         *           "options": [
         *             "Video call",
         *             "Phone call"
         *           ]
         *         }
         *       ],
         *       "emailFollowupEnabled": true
         *     } */
        CreateTemplateRequest: {
            /** @example Intro call */
            name: string;
            /** @example Questions for a first conversation. */
            description?: string;
            /** @example [
             *       {
             *         "id": "company",
             *         "label": "Company",
             *         "kind": "text",
             *         "required": false
             *       },
             *       {
             *         "id": "format",
             *         "label": "Meeting format",
             *         "kind": "single_choice",
             *         "required": true,
             *         "options": [
             *           "Video call",
             *           "Phone call"
             *         ]
             *       }
             *     ] */
            questions?: components["schemas"]["Question"][];
            /**
             * @description Send the recipient a follow-up email after the meeting
             * @example true
             */
            emailFollowupEnabled?: boolean;
        };
        /**
         * @description Only the fields given change; `questions` replaces the whole list
         * @example {
         *       "emailFollowupEnabled": false
         *     }
         */
        UpdateTemplateRequest: {
            /** @example Intro call */
            name?: string;
            /** @example Questions for a first conversation. */
            description?: string;
            /** @example [
             *       {
             *         "id": "company",
             *         "label": "Company",
             *         "kind": "text",
             *         "required": false
             *       },
             *       {
             *         "id": "format",
             *         "label": "Meeting format",
             *         "kind": "single_choice",
             *         "required": true,
             *         "options": [
             *           "Video call",
             *           "Phone call"
             *         ]
             *       }
             *     ] */
            questions?: components["schemas"]["Question"][];
            /**
             * @description Send the recipient a follow-up email after the meeting
             * @example true
             */
            emailFollowupEnabled?: boolean;
        };
        TemplatePage: {
            items: components["schemas"]["Template"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        /** @description A built-in starter template */
        LibraryTemplate: {
            /** @example intro-call */
            key: string;
            /** @example Intro call */
            name: string;
            /** @example Questions for a first conversation. */
            description: string;
            /** @example [
             *       {
             *         "id": "company",
             *         "label": "Company",
             *         "kind": "text",
             *         "required": false
             *       },
             *       {
             *         "id": "format",
             *         "label": "Meeting format",
             *         "kind": "single_choice",
             *         "required": true,
             *         "options": [
             *           "Video call",
             *           "Phone call"
             *         ]
             *       }
             *     ] */
            questions: components["schemas"]["Question"][];
            /**
             * @description Send the recipient a follow-up email after the meeting
             * @example true
             */
            emailFollowupEnabled: boolean;
        };
        TemplateLibrary: {
            items: components["schemas"]["LibraryTemplate"][];
        };
        /** @example {
         *       "start": "2026-12-01T09:00:00Z",
         *       "end": "2026-12-01T09:30:00Z"
         *     } */
        Slot: {
            /**
             * Format: date-time
             * @description Start, UTC
             * @example 2026-12-01T09:00:00Z
             */
            start: string;
            /**
             * Format: date-time
             * @description End, UTC; end - start must be one of the link’s durations
             * @example 2026-12-01T09:00:00Z
             */
            end: string;
        };
        /**
         * @description A link for one recipient, with the URL to send it
         * @example {
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "linkId": "0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d",
         *       "recipientEmail": "dana@example.com",
         *       "recipientName": "Dana",
         *       "status": "active",
         *       "expiresAt": "2026-11-09T10:15:00.000Z",
         *       "pickedSlots": null,
         *       "bookingId": null,
         *       "createdAt": "2026-11-02T10:15:00.000Z",
         *       "url": "https://bookings.example.com/public/bookings/Xk3v9QpL0aZr7TmW2yBn5cHd8sJf4gUe1oIiKlMqNw"
         *     }
         */
        OneTimeLink: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            linkId: string;
            /** Format: email */
            recipientEmail: string;
            recipientName: string | null;
            /**
             * @description `expired` follows from expiresAt and the current time
             * @enum {unknown}
             */
            status: "active" | "booked" | "expired" | "revoked";
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            expiresAt: string;
            /** @description The only slots offered; null = the link’s rules */
            pickedSlots: components["schemas"]["Slot"][] | null;
            bookingId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /** @description The recipient’s URL, to copy again; null for one-time links created before their tokens were kept (only a hash exists) */
            url: string | null;
        };
        /** @example {
         *       "id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
         *       "linkId": "0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d",
         *       "recipientEmail": "dana@example.com",
         *       "recipientName": "Dana",
         *       "status": "active",
         *       "expiresAt": "2026-11-09T10:15:00.000Z",
         *       "pickedSlots": null,
         *       "bookingId": null,
         *       "createdAt": "2026-11-02T10:15:00.000Z",
         *       "url": "https://bookings.example.com/public/bookings/Xk3v9QpL0aZr7TmW2yBn5cHd8sJf4gUe1oIiKlMqNw"
         *     } */
        CreatedOneTimeLink: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            linkId: string;
            /** Format: email */
            recipientEmail: string;
            recipientName: string | null;
            /**
             * @description `expired` follows from expiresAt and the current time
             * @enum {unknown}
             */
            status: "active" | "booked" | "expired" | "revoked";
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            expiresAt: string;
            /** @description The only slots offered; null = the link’s rules */
            pickedSlots: components["schemas"]["Slot"][] | null;
            bookingId: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /** @description The recipient’s URL (the list shows it again) */
            url: string;
        };
        /** @example {
         *       "recipientEmail": "dana@example.com",
         *       "recipientName": "Dana",
         *       "expiresInDays": 7,
         *       "pickedSlots": [
         *         {
         *           "start": "2026-12-01T09:00:00Z",
         *           "end": "2026-12-01T09:30:00Z"
         *         }
         *       ]
         *     } */
        CreateOneTimeLinkRequest: {
            /**
             * Format: email
             * @example dana@example.com
             */
            recipientEmail: string;
            /** @example Dana */
            recipientName?: string;
            /** @description Days until it expires (1–90, default 7) */
            expiresInDays?: number;
            /** @description Offer only these slots; each must be a free slot of the link right now */
            pickedSlots?: components["schemas"]["Slot"][];
        };
        OneTimeLinkPage: {
            items: components["schemas"]["OneTimeLink"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        BookingSideEffect: {
            /**
             * Format: uuid
             * @description The side effect, for retrying it
             */
            id: string;
            /**
             * @description update_event, cancel_event and send_change_notices follow a reschedule or a cancellation
             * @enum {unknown}
             */
            kind: "create_event" | "send_confirmations" | "create_contact" | "send_follow_up" | "update_event" | "cancel_event" | "send_change_notices";
            /** @description The booking’s version the effect belongs to: 0 for the booking, then +1 per reschedule or cancel */
            revision: number;
            /**
             * @description dead: gave up after the last retry
             * @enum {unknown}
             */
            status: "pending" | "done" | "dead";
            attempts: number;
            lastError: string | null;
        };
        Availability: {
            /** @description The zone the days are grouped in */
            timeZone: string;
            duration: number;
            days: {
                /**
                 * Format: date
                 * @example 2026-12-01
                 */
                date: string;
                slots: components["schemas"]["Slot"][];
            }[];
        };
        /** @example {
         *       "id": "7c6b5a4f-3e2d-4c1b-9a0f-8e7d6c5b4a3f",
         *       "linkId": "0b6f7d1e-8a0c-4a57-9d7e-3c2f1a4b5c6d",
         *       "linkTitle": "Intro call",
         *       "oneTimeLinkId": null,
         *       "status": "confirmed",
         *       "start": "2026-12-01T09:00:00.000Z",
         *       "end": "2026-12-01T09:30:00.000Z",
         *       "recipient": {
         *         "name": "Dana",
         *         "email": "dana@example.com",
         *         "timeZone": "America/New_York"
         *       },
         *       "answers": {
         *         "company": "Acme"
         *       },
         *       "calendarEventId": null,
         *       "joinUrl": null,
         *       "createdAt": "2026-11-20T14:02:11.000Z",
         *       "cancelledAt": null,
         *       "cancelReason": null,
         *       "cancelledBy": null,
         *       "rescheduledAt": null
         *     } */
        Booking: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            linkId: string;
            linkTitle: string;
            oneTimeLinkId: string | null;
            /**
             * @description cancelled: by the owner or the attendee; it no longer holds its time
             * @enum {unknown}
             */
            status: "confirmed" | "cancelled";
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            start: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            end: string;
            recipient: {
                name: string;
                email: string;
                /** @example America/New_York */
                timeZone: string;
            };
            /** @description Answers to the template’s questions, by question id */
            answers: {
                [key: string]: unknown;
            };
            /** @description The event in the owner’s calendar, once created */
            calendarEventId: string | null;
            /** @description The Meet/Teams link of the calendar event, once created (video-call links only) */
            joinUrl: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            cancelledAt: string | null;
            /** @description What the canceller wrote, if anything */
            cancelReason: string | null;
            cancelledBy: ("owner" | "attendee") | null;
            /** @description When the meeting was last moved */
            rescheduledAt: string | null;
        };
        BookingPage: {
            items: components["schemas"]["Booking"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        BookingDetail: {
            booking: components["schemas"]["Booking"];
            /** @description What followed the booking and each change of it (event, emails, contact, follow-up) */
            sideEffects: components["schemas"]["BookingSideEffect"][];
        };
        CancelBookingRequest: {
            /**
             * @description Shown to both sides
             * @example Something came up, sorry.
             */
            reason?: string;
        };
        /** @description The owner may move a meeting outside the link’s hours and notice, never onto busy time or another meeting (409 slot_unavailable) */
        RescheduleBookingRequest: {
            /**
             * Format: date-time
             * @description The new start (UTC)
             * @example 2026-12-01T09:00:00Z
             */
            start: string;
            /** @description Minutes; default: the meeting’s current length */
            duration?: number;
        };
        DayStats: {
            /**
             * Format: date
             * @description Local date in the link’s time zone
             * @example 2026-12-24
             */
            date: string;
            views: number;
            bookings: number;
            /** @description Bookings of this link cancelled on this day */
            cancellations: number;
            /** @description Bookings of this link moved on this day */
            reschedules: number;
        };
        /** @example {
         *       "from": "2026-11-01",
         *       "to": "2026-11-02",
         *       "timeZone": "Europe/Berlin",
         *       "views": 40,
         *       "bookings": 3,
         *       "cancellations": 1,
         *       "reschedules": 1,
         *       "conversionRate": 0.075,
         *       "series": [
         *         {
         *           "date": "2026-11-01",
         *           "views": 25,
         *           "bookings": 2,
         *           "cancellations": 0,
         *           "reschedules": 1
         *         },
         *         {
         *           "date": "2026-11-02",
         *           "views": 15,
         *           "bookings": 1,
         *           "cancellations": 1,
         *           "reschedules": 0
         *         }
         *       ]
         *     } */
        LinkAnalytics: {
            /**
             * Format: date
             * @example 2026-12-24
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-24
             */
            to: string;
            /**
             * @description The link’s zone: days are its local days
             * @example Europe/Berlin
             */
            timeZone: string;
            /** @example 120 */
            views: number;
            /** @example 9 */
            bookings: number;
            /** @example 1 */
            cancellations: number;
            /** @example 2 */
            reschedules: number;
            /**
             * @description bookings / views, rounded to 4 decimals; 0 when there were no views
             * @example 0.075
             */
            conversionRate: number;
            /** @description Every day from `from` to `to`, zeros included */
            series: components["schemas"]["DayStats"][];
        };
        /** @description Who did what, when, to which object */
        AuditEntry: {
            /** Format: uuid */
            id: string;
            /**
             * @description `owner:<id>` or `public:<hash of the ip>`
             * @example owner:6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10
             */
            actor: string;
            /** @example link.updated */
            action: string;
            /** @enum {unknown} */
            targetType: "link" | "template" | "one_time_link" | "booking";
            /** Format: uuid */
            targetId: string;
            /** @example changed title, settings.durations */
            summary: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            occurredAt: string;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        HolidayRegion: {
            /**
             * @description Region part of ISO 3166-2
             * @example BY
             */
            code: string;
            /** @example Bayern */
            name: string;
        };
        HolidayCountry: {
            /**
             * @description ISO 3166-1 alpha-2
             * @example DE
             */
            code: string;
            /** @example Germany */
            name: string;
            /** @description Regions with holidays of their own; empty when the whole country shares them */
            regions: components["schemas"]["HolidayRegion"][];
        };
        HolidayCountryList: {
            /** @description Sorted by name */
            countries: components["schemas"]["HolidayCountry"][];
        };
        PublicHoliday: {
            /**
             * Format: date
             * @description Local date in the country
             * @example 2026-12-24
             */
            date: string;
            /**
             * @description Fits an excluded date’s `label`; several holidays on one date are joined with " / "
             * @example Christmas Day
             */
            name: string;
        };
        /** @description Public holidays (days off by law; no bank holidays or observances) from `from` to `to`, both included */
        HolidayList: {
            /** @example DE */
            country: string;
            /** @example BY */
            region: string | null;
            /**
             * Format: date
             * @example 2026-12-24
             */
            from: string;
            /**
             * Format: date
             * @example 2026-12-24
             */
            to: string;
            /** @description Sorted by date, one entry per date */
            holidays: components["schemas"]["PublicHoliday"][];
        };
        AuthorizeUrl: {
            /** Format: uri */
            authorizeUrl: string;
        };
        CalendarConnection: {
            /** Format: uuid */
            id: string;
            /** @enum {unknown} */
            provider: "google" | "microsoft";
            accountEmail: string;
            /**
             * @description needs_reconnect: the provider refused our tokens; connect the account again
             * @enum {unknown}
             */
            status: "active" | "needs_reconnect";
            statusReason: string | null;
            /** @description Calendars whose events count as busy */
            busyCalendarIds: string[];
            /** @description New bookings are added to this account (only one does) */
            receivesEvents: boolean;
            eventCalendarId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        CalendarProviderAvailability: {
            /** @enum {unknown} */
            provider: "google" | "microsoft";
            /** @description This server has an OAuth client for the provider: owners can connect it */
            configured: boolean;
            /**
             * @description The environment variables an administrator sets to configure the provider
             * @example [
             *       "GOOGLE_CLIENT_ID",
             *       "GOOGLE_CLIENT_SECRET"
             *     ]
             */
            settings: string[];
        };
        CalendarConnectionList: {
            items: components["schemas"]["CalendarConnection"][];
            /** @description Every calendar provider, configured on this server or not */
            providers: components["schemas"]["CalendarProviderAvailability"][];
        };
        ProviderCalendar: {
            id: string;
            name: string;
            primary: boolean;
            canWrite: boolean;
            countsAsBusy: boolean;
            receivesEvents: boolean;
        };
        ProviderCalendarList: {
            items: components["schemas"]["ProviderCalendar"][];
        };
        UpdateCalendarConnection: {
            busyCalendarIds?: string[];
            receivesEvents?: boolean;
            /** @description Default: the primary calendar */
            eventCalendarId?: string;
        };
        Contact: {
            email: string;
            name?: string;
            /**
             * @description The address book it came from
             * @enum {unknown}
             */
            source: "google" | "microsoft";
        };
        ContactList: {
            items: components["schemas"]["Contact"][];
        };
        BookingSideEffectList: {
            items: components["schemas"]["BookingSideEffect"][];
        };
        /** @description An endpoint that receives signed event notifications (Standard Webhooks) */
        Webhook: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description Where events are POSTed: http(s), no user name or password, not an internal address (https in production)
             * @example https://crm.example.com/hooks/bookings
             */
            url: string;
            /** @example CRM sync */
            description: string;
            /**
             * @description The event types sent to it; null for every type (also those added later)
             * @example [
             *       "booking.created",
             *       "booking.cancelled"
             *     ]
             */
            events: ("booking.created" | "booking.rescheduled" | "booking.cancelled" | "link.created" | "link.updated" | "link.deleted")[] | null;
            /** @description Switched off, it receives nothing; its pending deliveries wait */
            enabled: boolean;
            /** @description Why the service switched it off: gone (it answered 410), failing (three days of failed attempts); null otherwise */
            disabledReason: ("gone" | "failing") | null;
            /** @description After a rotation, when the previous secret stops signing alongside the new one; null otherwise */
            previousSecretExpiresAt: string | null;
            /** @description The first failed attempt since the last delivered one; null while it answers */
            failingSince: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            updatedAt: string;
        };
        WebhookWithSecret: {
            /** Format: uuid */
            id: string;
            /**
             * Format: uri
             * @description Where events are POSTed: http(s), no user name or password, not an internal address (https in production)
             * @example https://crm.example.com/hooks/bookings
             */
            url: string;
            /** @example CRM sync */
            description: string;
            /**
             * @description The event types sent to it; null for every type (also those added later)
             * @example [
             *       "booking.created",
             *       "booking.cancelled"
             *     ]
             */
            events: ("booking.created" | "booking.rescheduled" | "booking.cancelled" | "link.created" | "link.updated" | "link.deleted")[] | null;
            /** @description Switched off, it receives nothing; its pending deliveries wait */
            enabled: boolean;
            /** @description Why the service switched it off: gone (it answered 410), failing (three days of failed attempts); null otherwise */
            disabledReason: ("gone" | "failing") | null;
            /** @description After a rotation, when the previous secret stops signing alongside the new one; null otherwise */
            previousSecretExpiresAt: string | null;
            /** @description The first failed attempt since the last delivered one; null while it answers */
            failingSince: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            updatedAt: string;
            /**
             * @description The signing secret, shown only now: `whsec_` and base64 of 32 bytes. Verify requests with it (Standard Webhooks).
             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
             */
            secret: string;
        };
        CreateWebhookRequest: {
            /**
             * Format: uri
             * @description Where events are POSTed: http(s), no user name or password, not an internal address (https in production)
             * @example https://crm.example.com/hooks/bookings
             */
            url: string;
            /**
             * @description The event types sent to it; null for every type (also those added later)
             * @example [
             *       "booking.created",
             *       "booking.cancelled"
             *     ]
             */
            events?: ("booking.created" | "booking.rescheduled" | "booking.cancelled" | "link.created" | "link.updated" | "link.deleted")[] | null;
            /** @description Switched off, it receives nothing; its pending deliveries wait */
            enabled?: boolean;
            /** @example CRM sync */
            description?: string;
        };
        UpdateWebhookRequest: {
            /**
             * Format: uri
             * @description Where events are POSTed: http(s), no user name or password, not an internal address (https in production)
             * @example https://crm.example.com/hooks/bookings
             */
            url?: string;
            /**
             * @description The event types sent to it; null for every type (also those added later)
             * @example [
             *       "booking.created",
             *       "booking.cancelled"
             *     ]
             */
            events?: ("booking.created" | "booking.rescheduled" | "booking.cancelled" | "link.created" | "link.updated" | "link.deleted")[] | null;
            /** @description Switched off, it receives nothing; its pending deliveries wait */
            enabled?: boolean;
            /** @example CRM sync */
            description?: string;
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        WebhookDelivery: {
            /**
             * Format: uuid
             * @description The delivery, for redelivering it
             */
            id: string;
            /**
             * @description The `webhook-id` header: the same on every attempt
             * @example msg_2b1c9a0e4f5d4c3b8a7e6d5c4b3a2f10
             */
            messageId: string;
            /** @enum {unknown} */
            event: "ping" | "booking.created" | "booking.rescheduled" | "booking.cancelled" | "link.created" | "link.updated" | "link.deleted";
            /**
             * @description failed: every attempt of its round failed, or the endpoint answered 410
             * @enum {unknown}
             */
            status: "pending" | "delivered" | "failed";
            attempts: number;
            /** @description The HTTP status of the last attempt */
            lastStatus: number | null;
            lastError: string | null;
            /** @description The first 4 kB of the last answer */
            lastResponseBody: string | null;
            lastAttemptAt: string | null;
            /** @description The next try while pending; null otherwise */
            nextAttemptAt: string | null;
            deliveredAt: string | null;
            /**
             * Format: date-time
             * @example 2026-12-01T09:00:00Z
             */
            createdAt: string;
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDelivery"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
        };
        /** @description The body of a booking event: the booking as the API presents it after the change */
        BookingWebhookEvent: {
            /** @enum {unknown} */
            type: "booking.created" | "booking.rescheduled" | "booking.cancelled";
            /**
             * Format: date-time
             * @description When the change happened
             * @example 2026-12-01T09:00:00Z
             */
            timestamp: string;
            data: components["schemas"]["Booking"];
        };
        /** @description The body of a link event: the link after the change (as it was last, for link.deleted) */
        LinkWebhookEvent: {
            /** @enum {unknown} */
            type: "link.created" | "link.updated" | "link.deleted";
            /**
             * Format: date-time
             * @description When the change happened
             * @example 2026-12-01T09:00:00Z
             */
            timestamp: string;
            data: components["schemas"]["Link"];
        };
        /** @description The body of a test request */
        PingWebhookEvent: {
            /** @enum {string} */
            type: "ping";
            /**
             * Format: date-time
             * @description When the test was asked for
             * @example 2026-12-01T09:00:00Z
             */
            timestamp: string;
            data: {
                /**
                 * Format: uuid
                 * @description The endpoint tested
                 */
                webhookId: string;
            };
        };
        PublicLink: {
            /** @enum {unknown} */
            kind: "evergreen" | "one_time";
            /** @example Intro call */
            title: string;
            description: string;
            /** @example Ann Example */
            ownerName: string;
            /** @description The owner’s photo (square WebP, cacheable for good); null: show initials */
            ownerAvatarUrl: string | null;
            /**
             * @description The time zone the link’s rules are read in
             * @example Europe/Berlin
             */
            timeZone: string;
            /** @example [
             *       30,
             *       60
             *     ] */
            durations: number[];
            /** @example 30 */
            defaultDuration: number;
            questions: components["schemas"]["Question"][];
            /** @description When true, booking needs a solved proof-of-work challenge (`altcha`) from `/challenge` */
            botProtection: boolean;
            recipient?: {
                email: string;
                name: string | null;
            };
            /**
             * Format: date-time
             * @description When a one-time link stops working
             * @example 2026-12-01T09:00:00Z
             */
            expiresAt?: string;
        };
        /** @description An ALTCHA proof-of-work challenge */
        BotChallenge: {
            /** @example SHA-256 */
            algorithm: string;
            challenge: string;
            maxnumber: number;
            salt: string;
            signature: string;
        };
        BookingRequest: {
            /**
             * Format: date-time
             * @description Start of the chosen slot (UTC)
             * @example 2026-12-01T09:00:00Z
             */
            start: string;
            /** @example 30 */
            duration: number;
            /** @example Rita Recipient */
            name: string;
            /**
             * Format: email
             * @example rita@example.com
             */
            email: string;
            /**
             * @description The visitor’s IANA zone
             * @example Europe/Berlin
             */
            timezone: string;
            /**
             * @description Answers by question id
             * @example {
             *       "topic": "Pricing"
             *     }
             */
            answers?: {
                [key: string]: string | string[] | boolean;
            };
            /** @description The solved challenge (base64 ALTCHA payload) */
            altcha?: string;
            /** @description Leave empty (a field only bots fill in) */
            website?: string;
        };
        BookingConfirmation: {
            booking: {
                /** Format: uuid */
                id: string;
                /** @enum {string} */
                status: "confirmed";
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:00:00Z
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:00:00Z
                 */
                end: string;
                duration: number;
                timeZone: string;
                recipient: {
                    name: string;
                    email: string;
                };
                answers: {
                    [key: string]: string | string[] | boolean;
                };
            };
            title: string;
            ownerName: string;
            /** @description An iCalendar (.ics) invite for the booked meeting */
            calendarFile: string;
            /** @description The attendee’s page to see, cancel or reschedule this booking (PUBLIC_BASE_URL/public/bookings/manage/<token>); also in their emails */
            manageUrl: string;
        };
        /** @description A booking as its attendee sees it through the manage link */
        ManagedBooking: {
            booking: {
                /** Format: uuid */
                id: string;
                /** @enum {unknown} */
                status: "confirmed" | "cancelled";
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:00:00Z
                 */
                start: string;
                /**
                 * Format: date-time
                 * @example 2026-12-01T09:00:00Z
                 */
                end: string;
                /** @description Minutes */
                duration: number;
                /** @description The attendee’s zone, as given when booking */
                timeZone: string;
                recipient: {
                    name: string;
                    email: string;
                };
                /** @description The Meet/Teams link, once the calendar event has one */
                joinUrl: string | null;
                cancelledAt: string | null;
                cancelledBy: ("owner" | "attendee") | null;
                cancelReason: string | null;
                rescheduledAt: string | null;
            };
            /** @example Intro call */
            title: string;
            description: string;
            /** @example Ann Example */
            ownerName: string;
            ownerAvatarUrl: string | null;
            /** @description The zone the link’s rules are read in */
            linkTimeZone: string;
            /** @description Lengths the meeting may be moved to, in minutes */
            durations: number[];
            /**
             * Format: date-time
             * @description The attendee can cancel or reschedule until then (start − the link’s minChangeNoticeMinutes); later, contact the owner
             * @example 2026-12-01T09:00:00Z
             */
            changeableUntil: string;
            /** @description Confirmed and not past `changeableUntil` */
            canCancel: boolean;
            /** @description canCancel, and the booking page is still on */
            canReschedule: boolean;
            /** @description When true, cancel and reschedule need a solved challenge (`altcha`) from `/challenge` */
            botProtection: boolean;
        };
        ManageCancelRequest: {
            /** @description Shown to the owner */
            reason?: string;
            /** @description The solved challenge (base64 ALTCHA payload) */
            altcha?: string;
            /** @description Leave empty (a field only bots fill in) */
            website?: string;
        };
        ManageRescheduleRequest: {
            /**
             * Format: date-time
             * @description The new start, one of the manage availability’s slots (UTC)
             * @example 2026-12-01T09:00:00Z
             */
            start: string;
            /** @example 30 */
            duration: number;
            /** @description The solved challenge (base64 ALTCHA payload) */
            altcha?: string;
            /** @description Leave empty (a field only bots fill in) */
            website?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Health"];
                };
            };
        };
    };
    requestSignInLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInLinkSent"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifySignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifySignIn"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only enabled (true) or disabled (false) links */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description An evergreen booking link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An evergreen booking link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateLinkRequest"];
            };
        };
        responses: {
            /** @description An evergreen booking link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    duplicateLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An evergreen booking link */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    toggleLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An evergreen booking link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Link"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTemplateRequest"];
            };
        };
        responses: {
            /** @description The questions a recipient answers, and whether a follow-up email is sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTemplateLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateLibrary"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    useLibraryTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example intro-call */
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questions a recipient answers, and whether a follow-up email is sent */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questions a recipient answers, and whether a follow-up email is sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTemplateRequest"];
            };
        };
        responses: {
            /** @description The questions a recipient answers, and whether a follow-up email is sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOneTimeLinks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeLinkPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createOneTimeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOneTimeLinkRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedOneTimeLink"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeOneTimeLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Id of the one-time link */
                oid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A link for one recipient, with the URL to send it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeLink"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBookings: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /**
                 * @description Only bookings whose recipient name or email contains this text, ignoring case (`%` and `_` are plain characters); blank: no filter
                 * @example dana
                 */
                q?: string;
                /** @description Only bookings made through this link (another owner’s link: none) */
                linkId?: string;
                /**
                 * @description Only bookings ending after this instant
                 * @example 2026-12-01T09:00:00Z
                 */
                from?: string;
                /**
                 * @description Only bookings starting before this instant
                 * @example 2026-12-01T09:00:00Z
                 */
                to?: string;
                /** @description Only bookings in this state; default both */
                status?: "confirmed" | "cancelled";
                /** @description Default all. upcoming: not yet ended, soonest first; past: ended, latest first; all: by start time */
                when?: "upcoming" | "past" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingDetail"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBookingRescheduleSlots: {
        parameters: {
            query: {
                /**
                 * @description Slots starting at or after this instant
                 * @example 2026-12-01T09:00:00Z
                 */
                from: string;
                /**
                 * @description Slots starting before this instant (at most 62 days after `from`)
                 * @example 2026-12-01T09:00:00Z
                 */
                to: string;
                /** @description Minutes; default: the link’s */
                duration?: number;
                /**
                 * @description IANA zone to group days in; default: the link’s
                 * @example America/New_York
                 */
                timezone?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelBookingRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleBookingRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Booking"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLinkAnalytics: {
        parameters: {
            query?: {
                /**
                 * @description First day, a local date (YYYY-MM-DD) in the link’s time zone; default: 29 days before `to`
                 * @example 2026-12-24
                 */
                from?: string;
                /**
                 * @description Last day (included), a local date in the link’s time zone; default: today there. At most 366 days.
                 * @example 2026-12-24
                 */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkAnalytics"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
                /** @description Only entries about this link, template, ... */
                targetId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolidayCountries: {
        parameters: {
            query?: {
                /**
                 * @description ISO 639-1 language of the names (default `en`; a name falls back to the country’s own language)
                 * @example en
                 */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayCountryList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolidays: {
        parameters: {
            query: {
                /**
                 * @description ISO 3166-1 alpha-2
                 * @example DE
                 */
                country: string;
                /**
                 * @description One of the country’s `regions`; without it, the holidays of the whole country
                 * @example BY
                 */
                region?: string;
                /**
                 * @description First date; default today (UTC)
                 * @example 2026-12-24
                 */
                from?: string;
                /**
                 * @description Last date, at most 731 days after `from`; default a year after `from`
                 * @example 2026-12-24
                 */
                to?: string;
                /**
                 * @description ISO 639-1 language of the names (default `en`; a name falls back to the country’s own language)
                 * @example en
                 */
                language?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public holidays (days off by law; no bank holidays or observances) from `from` to `to`, both included */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HolidayList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnections: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarConnectionList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startConnection: {
        parameters: {
            query?: {
                /** @description false: answer 200 with the URL instead of a 302 (for a SPA that navigates itself) */
                redirect?: boolean;
            };
            header?: never;
            path: {
                /** @description Calendar provider */
                provider: "google" | "microsoft";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizeUrl"];
                };
            };
            /** @description Redirect to the provider's consent page */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeConnection: {
        parameters: {
            query?: {
                code?: string;
                state?: string;
                error?: string;
                error_description?: string;
            };
            header?: never;
            path: {
                /** @description Calendar provider */
                provider: "google" | "microsoft";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the connections page */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConnectionCalendars: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProviderCalendarList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateConnection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCalendarConnection"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarConnection"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchContacts: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBookingSideEffects: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSideEffectList"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retryBookingSideEffect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The booking */
                id: string;
                /** @description One of its side effects */
                sideEffectId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingSideEffect"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endpoint that receives signed event notifications (Standard Webhooks) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description An endpoint that receives signed event notifications (Standard Webhooks) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 20) */
                limit?: number;
                /** @description The `nextCursor` of the previous page; omit for the first page */
                cursor?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The webhook */
                id: string;
                /** @description One of its deliveries */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of a booking link URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicLink"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicAvailability: {
        parameters: {
            query: {
                /**
                 * @description Slots starting at or after this instant
                 * @example 2026-12-01T09:00:00Z
                 */
                from: string;
                /**
                 * @description Slots starting before this instant (at most 62 days after `from`)
                 * @example 2026-12-01T09:00:00Z
                 */
                to: string;
                /** @description Minutes; default: the link’s */
                duration?: number;
                /**
                 * @description IANA zone to group days in; default: the link’s
                 * @example America/New_York
                 */
                timezone?: string;
            };
            header?: never;
            path: {
                /** @description The token of a booking link URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBookingChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token of a booking link URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An ALTCHA proof-of-work challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotChallenge"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bookSlot: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description The token of a booking link URL */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingConfirmation"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getManagedBooking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The manage token of a booking, from the attendee’s emails or confirmation */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A booking as its attendee sees it through the manage link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedBooking"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getManagedBookingAvailability: {
        parameters: {
            query: {
                /**
                 * @description Slots starting at or after this instant
                 * @example 2026-12-01T09:00:00Z
                 */
                from: string;
                /**
                 * @description Slots starting before this instant (at most 62 days after `from`)
                 * @example 2026-12-01T09:00:00Z
                 */
                to: string;
                /** @description Minutes; default: the link’s */
                duration?: number;
                /**
                 * @description IANA zone to group days in; default: the link’s
                 * @example America/New_York
                 */
                timezone?: string;
            };
            header?: never;
            path: {
                /** @description The manage token of a booking, from the attendee’s emails or confirmation */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Availability"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getManageChallenge: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The manage token of a booking, from the attendee’s emails or confirmation */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An ALTCHA proof-of-work challenge */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BotChallenge"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelManagedBooking: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description The manage token of a booking, from the attendee’s emails or confirmation */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageCancelRequest"];
            };
        };
        responses: {
            /** @description A booking as its attendee sees it through the manage link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedBooking"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleManagedBooking: {
        parameters: {
            query?: never;
            header?: {
                "idempotency-key"?: string;
            };
            path: {
                /** @description The manage token of a booking, from the attendee’s emails or confirmation */
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ManageRescheduleRequest"];
            };
        };
        responses: {
            /** @description A booking as its attendee sees it through the manage link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManagedBooking"];
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAvatar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The photo’s hash, from `avatarUrl` */
                digest: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/webp": string;
                };
            };
            /** @description RFC 9457 problem details */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    bookingCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookingRescheduledEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    bookingCancelledEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkCreatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkUpdatedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkDeletedEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    pingEvent: {
        parameters: {
            query?: never;
            header: {
                /** @description The message id: the same on every retry of one event (deduplicate on it) */
                "webhook-id": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
                /** @description `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation */
                "webhook-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PingWebhookEvent"];
            };
        };
        responses: {
            /** @description Received: any 2xx answer ends the delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}

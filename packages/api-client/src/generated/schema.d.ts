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
        patch?: never;
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
}
export type webhooks = Record<string, never>;
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
             * @description Stable machine-readable error code
             * @example validation_failed
             */
            code: string;
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
        };
        VerifySignIn: {
            token: string;
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
         *         "2026-12-24"
         *       ],
         *       "durations": [
         *         30,
         *         60
         *       ],
         *       "defaultDuration": 30,
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
             * @description Local dates (YYYY-MM-DD) with nothing offered: holidays, vacation
             * @example [
             *       "2026-12-24",
             *       "2026-12-25"
             *     ]
             */
            excludedDates: string[];
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
             * @description Local dates (YYYY-MM-DD) with nothing offered: holidays, vacation
             * @example [
             *       "2026-12-24",
             *       "2026-12-25"
             *     ]
             */
            excludedDates?: string[];
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
         *           "2026-12-24"
         *         ],
         *         "durations": [
         *           30,
         *           60
         *         ],
         *         "defaultDuration": 30,
         *         "slotStepMinutes": null,
         *         "bufferBeforeMinutes": 0,
         *         "bufferAfterMinutes": 10,
         *         "maxPerDay": 4,
         *         "maxPerWeek": null,
         *         "minNoticeMinutes": 240,
         *         "minAdvanceDays": 0,
         *         "maxAdvanceDays": 60
         *       },
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
            /** @description The public booking page: PUBLIC_BASE_URL/public/bookings/<token> */
            url: string;
            settings: components["schemas"]["LinkSettings"];
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
            /** @default true */
            isActive: boolean;
            settings?: components["schemas"]["LinkSettingsPatch"];
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
        };
        LinkPage: {
            items: components["schemas"]["Link"][];
            /** @description Pass as `cursor` to read the next page; null when this is the last page */
            nextCursor: string | null;
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
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Owner"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLinks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100) */
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description RFC 9457 problem details */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}

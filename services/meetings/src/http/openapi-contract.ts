/**
 * What the route schemas cannot say about the contract, applied to the generated document once:
 * - every error response is `application/problem+json` (what the error handler sends);
 * - operations without a bearer requirement say `security: []` (public); booking and the attendee's changes
 *   say the owner token is optional, so a generated client attaches it (the link's or booking's own owner
 *   skips the bot check);
 * - a `servers` entry and top-level `tags` (described when TAG_DESCRIPTIONS knows them), which linters and
 *   client generators expect;
 * - every operation lists 400: a NUL character or a too deeply nested value is refused in any request, even
 *   in a query parameter the operation does not take (found by the contract fuzz test);
 * - the top-level `webhooks`: the events the service POSTs to subscribers, so clients get their body types.
 */
type Response = { description?: string; content?: Record<string, unknown> };
type Operation = {
  operationId?: string;
  tags?: string[];
  security?: Record<string, string[] | undefined>[];
  responses?: Record<string, Response>;
};
type Document = {
  servers?: { url: string; description?: string }[];
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation>>;
  webhooks?: Record<string, { post: object }>;
};

const PROBLEM_JSON = 'application/problem+json';
/** What each group of operations is for, as documentation and generated clients show it. */
const TAG_DESCRIPTIONS: Record<string, string> = {
  health: 'Whether the service and its database answer',
  auth: 'Owner sign-in by emailed magic link',
  links: "The owner's evergreen booking links and their rules",
  templates: 'Booking templates: the questions a recipient answers',
  'one-time links': "Links for one recipient, with the link's rules or slots the owner picked",
  bookings: "The owner's bookings, their changes and their side effects",
  analytics: 'Views, bookings and conversion per link and day',
  audit: 'Who did what, when, to which link or booking',
  connections: 'Google and Microsoft calendar connections',
  contacts: "Search of the owner's connected address books",
  public: "The booking page: a link, its free slots, booking; and the attendee's own booking",
  holidays: "Countries' public holidays, to add as days off",
  webhooks: 'Endpoints that receive signed booking and link events, and their deliveries',
};
const OPTIONAL_OWNER_TOKEN: Record<string, string[]>[] = [{}, { bearerAuth: [] }];
const OWNER_MAY_SKIP_BOT_CHECK = new Set(['bookSlot', 'cancelManagedBooking', 'rescheduleManagedBooking']);
const MALFORMED_REQUEST: Response = {
  description: 'RFC 9457 problem details',
  content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } },
};

export function finishContract<T extends object>(document: T): T {
  const contract = document as Document;
  const tagNames: string[] = [];
  for (const operations of Object.values(contract.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      if (OWNER_MAY_SKIP_BOT_CHECK.has(operation.operationId ?? ''))
        operation.security = OPTIONAL_OWNER_TOKEN;
      else operation.security ??= [];
      for (const tag of operation.tags ?? []) if (!tagNames.includes(tag)) tagNames.push(tag);
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (Number(status) < 400 || !response.content || json === undefined) continue;
        response.content = { [PROBLEM_JSON]: json };
      }
      if (operation.responses && !operation.responses['400']) {
        operation.responses = Object.fromEntries(
          Object.entries({ ...operation.responses, 400: MALFORMED_REQUEST }).sort(([a], [b]) =>
            a.localeCompare(b),
          ),
        );
      }
    }
  }
  contract.servers ??= [{ url: 'http://localhost:3000', description: 'The service as `npm start` runs it' }];
  contract.tags = tagNames.map((name) =>
    TAG_DESCRIPTIONS[name] ? { name, description: TAG_DESCRIPTIONS[name] } : { name },
  );
  contract.webhooks = webhookEvents();
  return document;
}

/** Every request a subscriber receives carries these (Standard Webhooks); verify them before trusting the body. */
const SIGNATURE_HEADERS = [
  ['webhook-id', 'The message id: the same on every retry of one event (deduplicate on it)'],
  ['webhook-timestamp', 'Unix seconds when this attempt was signed'],
  [
    'webhook-signature',
    '`v1,<base64 HMAC-SHA256 of "id.timestamp.body">` keyed by the secret; two, space-separated, for 24 h after a rotation',
  ],
].map(([name, description]) => ({
  name,
  in: 'header',
  required: true,
  description,
  schema: { type: 'string' },
}));

const EVENTS: [type: string, schema: string, summary: string][] = [
  ['booking.created', 'BookingWebhookEvent', 'A booking was made'],
  ['booking.rescheduled', 'BookingWebhookEvent', 'A booking was moved (by its owner or its attendee)'],
  ['booking.cancelled', 'BookingWebhookEvent', 'A booking was cancelled (by its owner or its attendee)'],
  ['link.created', 'LinkWebhookEvent', 'A booking link was created (or duplicated)'],
  ['link.updated', 'LinkWebhookEvent', 'A booking link was changed, or switched on or off'],
  ['link.deleted', 'LinkWebhookEvent', 'A booking link was deleted'],
  ['ping', 'PingWebhookEvent', 'A test the owner asked for'],
];

function webhookEvents(): NonNullable<Document['webhooks']> {
  return Object.fromEntries(
    EVENTS.map(([type, schema, summary]) => [
      type,
      {
        post: {
          operationId: `${type.replace(/\.(\w)/, (_, letter: string) => letter.toUpperCase())}Event`,
          tags: ['webhooks'],
          summary,
          description:
            'Sent at least once, retried with backoff for about 27 hours until the endpoint answers 2xx. Events of one booking or link arrive in the order they happened. 410 Gone switches the endpoint off.',
          // The receiver checks webhook-signature, not a bearer token: no security scheme applies.
          security: [],
          parameters: SIGNATURE_HEADERS,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
          },
          // An explicit status, not a '2XX' range, which some client generators cannot read.
          responses: { '200': { description: 'Received: any 2xx answer ends the delivery' } },
        },
      },
    ]),
  );
}

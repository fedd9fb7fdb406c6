/**
 * Sending one webhook request to a subscriber's URL. The adapter owns the network rules: it checks the URL
 * and the addresses its host resolves to, connects only to an address it checked (no DNS rebinding),
 * never follows redirects, stops after the timeout and keeps at most the first bytes of the answer.
 */
export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export type WebhookResponse =
  /** The subscriber answered (any status, 3xx included: redirects are not followed). */
  | { kind: 'answered'; status: number; body: string }
  /** No answer: refused URL/address, DNS failure, connection error or timeout; `error` is for the delivery log. */
  | { kind: 'failed'; error: string };

export interface WebhookSender {
  send(request: WebhookRequest): Promise<WebhookResponse>;
}

export type WebhookUrlVerdict = { allowed: true } | { allowed: false; reason: string };

/** Checks an endpoint URL when the owner saves it (answer 422 webhook_url_not_allowed when refused). */
export interface WebhookUrlPolicy {
  check(url: string): Promise<WebhookUrlVerdict>;
}

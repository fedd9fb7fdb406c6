/**
 * The SDKs throw errors of several classes (two gaxios copies, GraphError); read the few fields
 * we decide on by shape instead of by class so a second copy of a library cannot break instanceof.
 */
export interface HttpErrorFields {
  status?: number;
  code?: string;
  data?: unknown;
  retryAfter?: string;
  message: string;
}

export function readHttpError(error: unknown): HttpErrorFields {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const record = error as Record<string, unknown>;
  const response = asRecord(record.response);
  const statusCandidate = record.status ?? record.statusCode ?? response?.status;
  const status = typeof statusCandidate === 'number' && statusCandidate > 0 ? statusCandidate : undefined;
  const code = typeof record.code === 'string' ? record.code : undefined;
  const headers = record.headers ?? response?.headers;
  return {
    status,
    code,
    data: response?.data ?? record.body,
    retryAfter: readHeader(headers, 'retry-after'),
    message: error instanceof Error ? error.message : String(error),
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

function readHeader(headers: unknown, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const record = asRecord(headers);
  if (!record) return undefined;
  if (typeof record.get === 'function') {
    const value: unknown = record.get(name);
    return typeof value === 'string' ? value : undefined;
  }
  const value = record[name] ?? record[name.toLowerCase()];
  return typeof value === 'string' ? value : undefined;
}

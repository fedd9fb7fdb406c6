import { ApiError } from './api-error';

interface ClientResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** Turns an openapi-fetch result into its data, or throws an ApiError built from the problem+json body. */
export async function unwrap<Data>(request: Promise<ClientResult<Data>>): Promise<Data> {
  const result = await request;
  if (!result.response.ok || result.error !== undefined) {
    throw ApiError.fromResponse(result.error, result.response);
  }
  return result.data as Data;
}

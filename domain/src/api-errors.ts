import { z } from 'zod';

/**
 * Strapi's error envelope, `{ data: null, error: { status, name, message, details } }`,
 * which every answer of ours that refuses a request uses too, so a client reads one
 * shape from Strapi's own refusals and ours alike.
 */
const NAMES: Readonly<Record<number, string>> = {
  400: 'BadRequestError',
  404: 'NotFoundError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  422: 'ValidationError',
  429: 'RateLimitError',
};

export interface ErrorEnvelope<Details extends object = Record<string, unknown>> {
  data: null;
  error: { status: number; name: string; message: string; details: Details };
}

/** The envelope for a refusal; `name` defaults to Strapi's for the status. */
export function errorEnvelope<Details extends object = Record<string, unknown>>(
  status: number,
  message: string,
  details: Details = {} as Details,
  name: string = NAMES[status] ?? 'Error',
): ErrorEnvelope<Details> {
  return { data: null, error: { status, name, message, details } };
}

/** Reads an envelope from a response body; `details` as sent, for the caller to check. */
export const errorEnvelopeSchema = z.object({
  data: z.null().optional(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

/** A data file as the build writes it: compact JSON (the server gzips it on the way out). */
export const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });

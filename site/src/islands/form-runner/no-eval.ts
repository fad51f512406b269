import { z } from 'zod';

/**
 * The site's Content-Security-Policy allows no eval (site/server/security-headers.ts).
 * zod 4 probes `new Function` once to decide whether to compile its parsers; the probe
 * is caught, but the browser still reports the refusal as a violation. Tell zod not
 * to try: the island's answers are checked just as well without compiled parsers.
 */
z.config({ jitless: true });

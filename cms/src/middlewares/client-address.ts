import { timingSafeEqual } from 'node:crypto';
import net from 'node:net';
import type { Context, Next } from 'koa';
import { clientAddress, plainAddress, trustedProxyMatcher } from '@doorstep/domain';

/** The header the site server adds to the requests it passes on (site/server/api-proxy.ts). */
export const PROXY_SECRET_HEADER = 'x-doorstep-proxy';

const sameSecret = (given: string, expected: string) =>
  given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * Decides each request's client address, which the form and admin login rate limits
 * count by (`ctx.request.ip`). `X-Forwarded-For` is believed only from our own proxies:
 * a request whose peer is in TRUSTED_PROXIES (nginx, a load balancer), or that carries
 * the site server's PROXY_SECRET. Anyone reaching the CMS directly is counted by the
 * address they connect from, whatever header they forge. Koa's own `proxy` setting is
 * off: it would believe any sender.
 */
export default () => {
  const isTrustedProxy = trustedProxyMatcher(process.env.TRUSTED_PROXIES, net);
  const secret = process.env.PROXY_SECRET ?? '';
  return async (ctx: Context, next: Next): Promise<void> => {
    const vouched = secret.length > 0 && sameSecret(ctx.get(PROXY_SECRET_HEADER), secret);
    const socket = plainAddress(ctx.req.socket.remoteAddress ?? '');
    ctx.request.ip = clientAddress({
      socket,
      forwardedFor: ctx.req.headers['x-forwarded-for'],
      isTrusted: (address) => (vouched && address === socket) || isTrustedProxy(address),
      isAddress: (value) => net.isIP(value) !== 0,
    });
    await next();
  };
};

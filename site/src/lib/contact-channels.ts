import { assertNever, type ContactChannel } from '@doorstep/domain';
import { telHref } from './view';

/**
 * How each kind of contact channel is shown and described. Every kind has its case, so a
 * new kind in the domain fails type-checking here instead of rendering as plain text.
 */

/** Where a channel's value links, if anywhere: an address to visit is shown as it is. */
export function channelLink(channel: ContactChannel): { href: string; text: string } | undefined {
  switch (channel.kind) {
    case 'online':
      return { href: channel.value, text: channel.label };
    case 'email':
      return { href: `mailto:${channel.value}`, text: channel.value };
    case 'phone':
      return { href: telHref(channel.value), text: channel.value };
    case 'in-person':
      return undefined;
    default:
      return assertNever(channel.kind);
  }
}

/** The channel as schema.org's ServiceChannel, for a service page's structured data. */
export function serviceChannel(channel: ContactChannel): Record<string, unknown> {
  const named = { '@type': 'ServiceChannel', name: channel.label };
  switch (channel.kind) {
    case 'online':
      return { ...named, serviceUrl: channel.value };
    case 'phone':
      return { ...named, servicePhone: { '@type': 'ContactPoint', telephone: channel.value } };
    case 'email':
      return { ...named, serviceUrl: `mailto:${channel.value}` };
    case 'in-person':
      return { ...named, serviceLocation: { '@type': 'Place', address: channel.value } };
    default:
      return assertNever(channel.kind);
  }
}

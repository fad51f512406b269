import { sitePaths, type ContactChannel } from '@doorstep/domain';
import type { CommunityHub, ServicePage } from './content';

/** "9am", "5:30pm", as GOV.UK writes times. */
export function formatTime(hhmm: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  if (hours === 12 && minutes === 0) return 'midday';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minutes).padStart(2, '0')}${suffix}`;
}

export const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'en-GB');

/** Top tasks first, then the rest, each in title order. */
export function topTasksFirst(pages: readonly ServicePage[]): ServicePage[] {
  return [...pages].sort((a, b) => Number(b.isTopTask) - Number(a.isTopTask) || byTitle(a, b));
}

/** Where "Start now" leads: the service's web form, else its online channel, if it has either. */
export function onlineStart(page: ServicePage): { href: string; label: string } | undefined {
  if (page.form) return { href: sitePaths.form(page.form.slug), label: page.form.title };
  const channel = page.contactChannels.find((candidate) => candidate.kind === 'online');
  return channel && { href: channel.value, label: channel.label };
}

export function channelsOfKind(page: ServicePage, kind: ContactChannel['kind']): ContactChannel[] {
  return page.contactChannels.filter((channel) => channel.kind === kind);
}

export function hubsFor(page: ServicePage, hubs: readonly CommunityHub[]): CommunityHub[] {
  return hubs.filter((hub) => page.communityHubs.includes(hub.slug));
}

/** `tel:` links dial without spaces. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

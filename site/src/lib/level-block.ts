import { describeExpectedResponse, type ContactChannel } from '@doorstep/domain';
import type { CommunityHub, ServicePage, SiteSettings } from './content';
import { channelsOfKind, hubsFor, onlineStart } from './view';

/** What a level's block may offer; each level's component (components/level-blocks/) shows its own part. */
export interface LevelBlockProps {
  start: { href: string; label: string } | undefined;
  /** "We aim to reply within 6 weeks." and the page's own sentence, when it gives a reply time. */
  reply: string | undefined;
  phones: ContactChannel[];
  nearby: CommunityHub[];
  settings: SiteSettings;
}

export function levelBlockProps(
  page: ServicePage,
  hubs: readonly CommunityHub[],
  settings: SiteSettings,
): LevelBlockProps {
  const reply = page.expectedResponse
    ? [`We aim to reply ${describeExpectedResponse(page.expectedResponse)}.`, page.expectedResponse.sentence]
        .filter(Boolean)
        .join(' ')
    : undefined;
  return {
    start: onlineStart(page),
    reply,
    phones: channelsOfKind(page, 'phone'),
    nearby: hubsFor(page, hubs),
    settings,
  };
}

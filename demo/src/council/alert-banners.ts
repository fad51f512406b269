import type { SeedAlertBanner } from '@doorstep/domain';

/** One banner in each state the site must handle: live site-wide, live targeted, scheduled and expired. */
export const alertBanners: SeedAlertBanner[] = [
  {
    title: 'Christmas and New Year bin collections',
    message:
      'Bin collections move by up to 2 days over Christmas and New Year. Check your collection day before you put your bins out.',
    severity: 'information',
    linkUrl: '/bin-days/',
    linkText: 'Check your bin collection day',
    startsInDays: -1,
    endsInDays: 30,
    scope: 'site',
  },
  {
    title: 'Garden waste collections delayed in Kestrel Vale',
    message:
      'Some garden waste collections in Kestrel Vale are running a day late because of a broken-down lorry. Leave your brown bin out and we will empty it.',
    severity: 'warning',
    linkUrl: '/services/report-a-missed-bin/',
    linkText: 'Report a missed bin',
    startsInDays: -2,
    endsInDays: 5,
    scope: 'targeted',
    areas: ['waste-and-recycling'],
  },
  {
    title: 'Planned website maintenance',
    message:
      'Some online forms will be unavailable for short periods while we upgrade our systems. You can still call us on 01632 960 100.',
    severity: 'information',
    startsInDays: 10,
    endsInDays: 20,
    scope: 'site',
  },
  {
    title: 'Council offices closed for the bank holiday',
    message: 'The Civic Centre help point and council phone lines were closed on Monday for the bank holiday.',
    severity: 'information',
    startsInDays: -30,
    endsInDays: -2,
    scope: 'site',
  },
];

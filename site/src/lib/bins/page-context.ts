import { longDateOf, sitePaths, ukDate } from '@doorstep/domain';
import { loadContent } from '../content';
import { loadBinSite } from './site';

/** The bin day search page's title: the last breadcrumb on every other bin day page. */
export const BIN_DAYS_TITLE = 'When is my bin day?';

/**
 * What every bin day page needs: where the pages sit (the service page whose online
 * task is /bin-days/), the missed-bin form, and the day the dates are worked out from.
 */
export async function loadBinPages() {
  const [content, site] = await Promise.all([loadContent(), loadBinSite()]);
  const service = content.pages.find((page) =>
    page.contactChannels.some((channel) => channel.kind === 'online' && channel.value === sitePaths.binDays),
  );
  const area = service?.serviceArea;
  const home = { text: 'Home', href: sitePaths.home };
  const breadcrumbs = area ? [home, { text: area.title, href: sitePaths.serviceArea(area.slug) }] : [home];
  const missedBin = content.forms.find((form) => form.slug === 'report-a-missed-bin');
  return {
    site,
    breadcrumbs,
    placement: { serviceAreaSlug: area?.slug, servicePageSlug: service?.slug },
    /** The UK date the pages are written for: the live server rebuilds at midnight. */
    today: ukDate(content.builtAt),
    asOf: longDateOf(content.builtAt),
    missedBinHref: missedBin ? sitePaths.form(missedBin.slug) : null,
  };
}

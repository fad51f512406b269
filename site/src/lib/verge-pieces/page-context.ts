import { allFields, sitePaths, type FormDefinition } from '@doorstep/domain';
import { loadContent } from '../content';
import { ukDate } from '../uk-time';
import { formatDate } from '../view';
import { VERGE_REPORT_FIELDS, type ReportForm } from '../verge-data/report';
import { loadVergeSite } from './site';

/**
 * What every verge page needs from the content: where the pages sit (the service
 * page whose online task is the verge search, and its service area), the verge
 * problem form, and the day the sentences are written for.
 */
/** The verge search page's title: the last breadcrumb on every other verge page. */
export const VERGES_TITLE = 'Find out when grass verges are cut';

export function vergeReportForm(forms: readonly FormDefinition[]): ReportForm | null {
  const wanted: string[] = Object.values(VERGE_REPORT_FIELDS);
  const form = forms.find((candidate) =>
    allFields(candidate).some((field) => field.name === VERGE_REPORT_FIELDS.reference),
  );
  if (!form) return null;
  const names = new Set(allFields(form).map((field) => field.name));
  return { path: sitePaths.form(form.slug), fields: wanted.filter((name) => names.has(name)) };
}

export async function loadVergePages() {
  const [content, site] = await Promise.all([loadContent(), loadVergeSite()]);
  const service = content.pages.find((page) =>
    page.contactChannels.some((channel) => channel.kind === 'online' && channel.value === sitePaths.verges),
  );
  const area = service?.serviceArea;
  const home = { text: 'Home', href: sitePaths.home };
  const breadcrumbs = area ? [home, { text: area.title, href: sitePaths.serviceArea(area.slug) }] : [home];
  return {
    site,
    service,
    breadcrumbs,
    placement: { serviceAreaSlug: area?.slug, servicePageSlug: service?.slug },
    /** The UK date the sentences are written for: the live server rebuilds at midnight. */
    today: ukDate(content.builtAt),
    updated: formatDate(content.builtAt.toISOString()),
    reportForm: vergeReportForm(content.forms),
  };
}

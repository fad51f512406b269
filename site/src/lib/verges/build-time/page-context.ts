import { allFields, sitePaths, type FormDefinition } from '@doorstep/domain';
import { loadContent, type ServicePage } from '../../content';
import { longDateOf, ukDate } from '@doorstep/domain';
import { VERGE_REPORT_FIELDS, type ReportForm } from '../shared/report';
import { loadVergeSite } from './site';

/**
 * What every verge page needs from the content: where the pages sit (the service
 * page whose online task is the verge search, and its service area), the verge
 * problem form, and the day the sentences are written for.
 */
/** The verge search page's title: the last breadcrumb on every other verge page. */
export const VERGES_TITLE = 'Find out when grass verges are cut';

/**
 * The verge problem form: a form with the hidden verge reference question that a
 * service page offers residents, the verge search's own page first. A form no
 * service page links to (the every-question test form) is never it.
 */
export function vergeReportForm(
  forms: readonly FormDefinition[],
  pages: readonly Pick<ServicePage, 'form' | 'contactChannels'>[],
  vergeService?: Pick<ServicePage, 'contactChannels'>,
): ReportForm | null {
  const candidates = forms.filter((form) =>
    allFields(form).some((field) => field.kind === 'hidden' && field.name === VERGE_REPORT_FIELDS.reference),
  );
  const linked = (page: Pick<ServicePage, 'contactChannels'>) => (form: FormDefinition) =>
    page.contactChannels.some((channel) => channel.kind === 'online' && channel.value === sitePaths.form(form.slug));
  const form =
    (vergeService && candidates.find(linked(vergeService))) ??
    candidates.find((form) => pages.some((page) => page.form?.slug === form.slug || linked(page)(form)));
  if (!form) return null;
  const wanted: string[] = Object.values(VERGE_REPORT_FIELDS);
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
    updated: longDateOf(content.builtAt),
    reportForm: vergeReportForm(content.forms, content.pages, service),
  };
}

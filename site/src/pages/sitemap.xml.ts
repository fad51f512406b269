import { sitePaths } from '@doorstep/domain';
import type { APIRoute } from 'astro';
import { loadContent } from '../lib/content';
import { loadVergeSite } from '../lib/verges/build-time/site';

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);

/** Every page residents can reach, with the date content last changed where the CMS knows it. */
export const GET: APIRoute = async ({ site }) => {
  const [{ areas, pages, levels, hubs, infoPages }, verges] = await Promise.all([loadContent(), loadVergeSite()]);
  const entries: Array<{ path: string; lastmod?: string }> = [
    { path: sitePaths.home },
    { path: sitePaths.aToZ },
    { path: sitePaths.contact },
    { path: sitePaths.supportLevels },
    { path: sitePaths.communityHubs },
    ...areas.map((area) => ({ path: sitePaths.serviceArea(area.slug) })),
    ...pages.map((page) => ({ path: sitePaths.servicePage(page.slug), lastmod: page.updatedAt })),
    ...levels.map((level) => ({ path: sitePaths.supportLevel(level.key) })),
    ...hubs.map((hub) => ({ path: sitePaths.communityHub(hub.slug), lastmod: hub.updatedAt })),
    ...infoPages.map((page) => ({ path: sitePaths.infoPage(page.slug), lastmod: page.updatedAt })),
    // Residents often search the web for their own street: each street page can be found.
    ...(verges.streets.length > 0 ? [{ path: sitePaths.verges }, { path: sitePaths.vergeStreets }] : []),
    ...verges.streets.map((street) => ({ path: sitePaths.vergeStreet(street.slug) })),
    ...verges.districts.map((district) => ({ path: sitePaths.vergePostcodeDistrict(district.outward) })),
  ];
  const urls = entries.map(({ path, lastmod }) => {
    const loc = escapeXml(new URL(path, site).href);
    return `  <url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ''}</url>`;
  });
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};

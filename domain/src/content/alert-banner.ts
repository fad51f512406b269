import { z } from 'zod';
import { BANNER_SCOPES, BANNER_SEVERITIES, type AlertBanner } from '../alert-banners.js';
import { linkProblem } from '../links.js';
import { cmsEnum, defineContract, slugList, text } from './fields.js';

const instant = (message: string) =>
  z.string({ error: message }).refine((value) => !Number.isNaN(Date.parse(value)), { message });

const alertBannerSchema = z
  .object({
    title: text('Enter a title'),
    message: text('Enter the message'),
    severity: cmsEnum(z.enum(BANNER_SEVERITIES)),
    linkUrl: z
      .string()
      .nullable()
      .superRefine((value, ctx) => {
        const problem = value ? linkProblem(value) : undefined;
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    linkText: z.string().nullable(),
    startsAt: instant('Enter when the banner starts showing'),
    endsAt: instant('Enter when the banner stops showing, or leave it empty').nullable(),
    scope: cmsEnum(z.enum(BANNER_SCOPES)),
    serviceAreas: slugList,
    servicePages: slugList,
  })
  .superRefine((banner, ctx) => {
    if (banner.endsAt !== null && !(Date.parse(banner.endsAt) > Date.parse(banner.startsAt))) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The end time must be after the start time' });
    }
    if (Boolean(banner.linkUrl) !== Boolean(banner.linkText)) {
      ctx.addIssue({
        code: 'custom',
        path: ['linkText'],
        message: 'Give both a link address and link text, or neither',
      });
    }
  })
  .transform(({ serviceAreas, servicePages, ...banner }): AlertBanner => ({
    ...banner,
    linkUrl: banner.linkUrl || null,
    linkText: banner.linkText || null,
    serviceAreaSlugs: serviceAreas,
    servicePageSlugs: servicePages,
  }));

/** A banner: a sensible time window, a complete and safe link and, when targeted, a target. */
export const alertBannerContract = defineContract({
  label: 'Alert banner',
  schema: alertBannerSchema,
  // Targets are other entries: one unpublished later leaves the banner with fewer, not broken.
  publishChecks: (banner) =>
    banner.scope === 'targeted' && banner.serviceAreaSlugs.length + banner.servicePageSlugs.length === 0
      ? ['scope: Choose at least one service area or service page for a targeted banner']
      : [],
});

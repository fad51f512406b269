import { z } from 'zod';
import { cmsEnum, defineContract, present, text } from './fields.js';

export const SITE_PHASES = ['alpha', 'beta', 'live'] as const;

const UNPUBLISHED = 'Publish the site settings (council name and contact details) before building the site';

const siteSettingsSchema = present(
  z.object(
    {
      councilName: text('Enter the council’s name'),
      contactPhone: text('Enter the council’s phone number'),
      contactPhoneHours: z.string({ error: 'Enter when the phone lines are open' }),
      contactEmail: z.string({ error: 'Enter the council’s email address' }),
      address: z.string({ error: 'Enter the council’s address' }),
      urgentHelp: z.string({ error: 'Say where to get urgent help' }),
      outOfHoursPhone: z.string({ error: 'Enter the out-of-hours phone number' }),
      // Null in settings saved before the field existed: no phase banner.
      phase: cmsEnum(z.enum(SITE_PHASES))
        .nullable()
        .transform((phase) => phase ?? 'live'),
    },
    { error: UNPUBLISHED },
  ),
  UNPUBLISHED,
);

export type SiteSettings = z.output<typeof siteSettingsSchema>;

/** The council's name and contact details, shown on every page. */
export const siteSettingsContract = defineContract({ label: 'Site settings', schema: siteSettingsSchema });

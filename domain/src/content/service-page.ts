import { z } from 'zod';
import { contactChannelFields, contactChannelKindSchema, contactChannelSchema } from '../contact-channels.js';
import { expectedResponseSchema, responseUnitSchema } from '../expected-response.js';
import { supportLevelKeySchema } from '../support-levels.js';
import { cmsEnum, defineContract, list, requiredRelation, richText, slugList, text, updatedAt } from './fields.js';
import { promotedMonthsField } from './promoted-months.js';

/** "action": something a resident does (report, apply, pay); "information": something they read. */
export const TASK_TYPES = ['action', 'information'] as const;
export const taskTypeSchema = z.enum(TASK_TYPES);
export type TaskType = z.infer<typeof taskTypeSchema>;

const contactChannel = z
  .object({ ...contactChannelFields, kind: cmsEnum(contactChannelKindSchema) })
  .pipe(contactChannelSchema);

const servicePageSchema = z
  .object({
    documentId: z.string(),
    title: text('Enter a title'),
    slug: text('Enter the page address (slug)'),
    summary: z.string({ error: 'Enter a summary' }),
    body: richText('Write the body text before publishing'),
    taskType: cmsEnum(taskTypeSchema),
    isTopTask: z.boolean(),
    /** Months (1 to 12) it is promoted first among the home page's top tasks; typed as "March, April, May". */
    promotedMonths: promotedMonthsField,
    lgslCode: z.number().int().nullable(),
    updatedAt,
    serviceArea: requiredRelation({ title: z.string(), slug: z.string() }, 'Choose a service area before publishing'),
    supportLevel: requiredRelation(
      { key: cmsEnum(supportLevelKeySchema), name: z.string(), summary: z.string() },
      'Choose a support level before publishing',
    ),
    expectedResponse: z.object({ ...expectedResponseSchema.shape, unit: cmsEnum(responseUnitSchema) }).nullable(),
    contactChannels: list(contactChannel),
    relatedPages: list(z.object({ title: z.string(), slug: z.string() })),
    /** Slugs of the community hubs that help with this service. */
    communityHubs: slugList,
    /** The web form that starts this service online, if it has one. */
    form: z.object({ slug: z.string(), title: z.string() }).nullable(),
  })
  .refine((page) => page.taskType !== 'action' || (page.expectedResponse ?? null) !== null, {
    path: ['expectedResponse'],
    message: 'Say when residents can expect a reply for a task page',
    // Checked even when other fields are wrong, so an editor sees every problem at once.
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

export type ServicePage = z.output<typeof servicePageSchema>;

/** A web form, or an online contact channel with a link: what level 1's "Start now" needs. */
export const offersSomethingOnline = (page: Pick<ServicePage, 'form' | 'contactChannels'>): boolean =>
  page.form !== null || page.contactChannels.some((channel) => channel.kind === 'online' && channel.value !== '');

/** A service page: its area, its level, safe body text, contacts residents can use. */
export const servicePageContract = defineContract({
  label: 'Service page',
  schema: servicePageSchema,
  publishChecks: (page) =>
    page.supportLevel.key === 'level-1' && !offersSomethingOnline(page)
      ? [
          'supportLevel: A level 1 page says "do it online", so it needs something to do online: ' +
            'choose its web form (Form), or add an online link under contact channels, or choose another level',
        ]
      : [],
});

import { z } from 'zod';
import { assertNever } from './assert.js';
import { linkProblem } from './links.js';

/** How a resident can reach the service team. "online" is the self-service route. */
export const CONTACT_CHANNEL_KINDS = ['online', 'phone', 'email', 'in-person'] as const;

export const contactChannelKindSchema = z.enum(CONTACT_CHANNEL_KINDS);
export type ContactChannelKind = z.infer<typeof contactChannelKindSchema>;

export const UK_PHONE = /^(?:\+44\s?|0)(?:\d\s?){9,10}$/;

export const contactChannelFields = {
  kind: contactChannelKindSchema,
  label: z.string().trim().min(1).max(120),
  value: z.string().trim().min(1).max(300),
  availability: z.string().trim().max(200).nullish(),
};

export const contactChannelSchema = z.object(contactChannelFields).superRefine((channel, ctx) => {
  const problem = channelValueProblem(channel.kind, channel.value);
  if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
});

export type ContactChannel = z.infer<typeof contactChannelSchema>;

function channelValueProblem(kind: ContactChannelKind, value: string): string | undefined {
  switch (kind) {
    case 'phone':
      return UK_PHONE.test(value) ? undefined : 'Enter a UK phone number, like 01632 960 001';
    case 'email':
      return z.email().safeParse(value).success ? undefined : 'Enter an email address, like name@example.gov.uk';
    case 'online':
      return linkProblem(value);
    case 'in-person':
      return undefined;
    default:
      return assertNever(kind);
  }
}

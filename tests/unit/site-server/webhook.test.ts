import { describe, expect, it } from 'vitest';
import { describeWebhook, isAuthorised, webhookBodySchema } from '../../../site/server/webhook';

const SECRET = 'bramblewick-rebuild-secret';

describe('webhook secret', () => {
  it.each([
    [`Bearer ${SECRET}`, true],
    [`Bearer ${SECRET}x`, false],
    [`bearer ${SECRET}`, false],
    [SECRET, false],
    ['Bearer ', false],
    [undefined, false],
  ])('%s is %s', (header, expected) => {
    expect(isAuthorised(header, SECRET)).toBe(expected);
  });
});

describe('webhook body', () => {
  it('names the event and model, as Strapi 5 sends them', () => {
    const body = webhookBodySchema.parse({
      event: 'entry.publish',
      createdAt: '2026-11-23T09:37:12.000Z',
      model: 'service-page',
      uid: 'api::service-page.service-page',
      entry: { id: 7, documentId: 'abc', title: 'Report a missed bin' },
    });
    expect(describeWebhook(body)).toBe('entry.publish service-page');
    expect(describeWebhook(webhookBodySchema.parse({ event: 'media.update', media: { id: 3 } }))).toBe('media.update');
  });

  it.each([{}, { event: '' }, { event: 'entry.publish\n[live] build ok' }, { event: 'entry.publish', model: 7 }, []])(
    'refuses %o',
    (body) => {
      expect(webhookBodySchema.safeParse(body).success).toBe(false);
    },
  );
});

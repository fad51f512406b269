import { CONTACT_CHANNEL_KINDS, type ContactChannel, type ContactChannelKind } from '@doorstep/domain';
import { expect, it } from 'vitest';
import { channelLink, serviceChannel } from '../../site/src/lib/contact-channels';

interface Shown {
  channel: ContactChannel;
  link: ReturnType<typeof channelLink>;
  structured: Record<string, unknown>;
}

/** One row per kind: typed by every kind, so a new kind fails `tsc` here until it has its row. */
const SHOWN: Record<ContactChannelKind, Shown> = {
  online: {
    channel: { kind: 'online', label: 'Report it online', value: 'https://bramblewick.example/report' },
    link: { href: 'https://bramblewick.example/report', text: 'Report it online' },
    structured: {
      '@type': 'ServiceChannel',
      name: 'Report it online',
      serviceUrl: 'https://bramblewick.example/report',
    },
  },
  phone: {
    channel: { kind: 'phone', label: 'Call the waste team', value: '01632 960 110' },
    link: { href: 'tel:01632960110', text: '01632 960 110' },
    structured: {
      '@type': 'ServiceChannel',
      name: 'Call the waste team',
      servicePhone: { '@type': 'ContactPoint', telephone: '01632 960 110' },
    },
  },
  email: {
    channel: { kind: 'email', label: 'Email the waste team', value: 'waste@bramblewick.example' },
    link: { href: 'mailto:waste@bramblewick.example', text: 'waste@bramblewick.example' },
    structured: {
      '@type': 'ServiceChannel',
      name: 'Email the waste team',
      serviceUrl: 'mailto:waste@bramblewick.example',
    },
  },
  'in-person': {
    channel: { kind: 'in-person', label: 'Visit the Civic Centre', value: 'Civic Centre, Market Square' },
    link: undefined,
    structured: {
      '@type': 'ServiceChannel',
      name: 'Visit the Civic Centre',
      serviceLocation: { '@type': 'Place', address: 'Civic Centre, Market Square' },
    },
  },
};

it.each(CONTACT_CHANNEL_KINDS)('shows a %s channel with its own link and structured data', (kind) => {
  const { channel, link, structured } = SHOWN[kind];
  expect(channelLink(channel)).toEqual(link);
  expect(serviceChannel(channel)).toEqual(structured);
});

it('fails loudly on a kind it does not know, instead of showing the value as text', () => {
  const unknown = { kind: 'fax', label: 'Fax us', value: '01632 960 000' } as unknown as ContactChannel;
  expect(() => channelLink(unknown)).toThrow(/Unexpected value: "fax"/);
  expect(() => serviceChannel(unknown)).toThrow(/Unexpected value: "fax"/);
});

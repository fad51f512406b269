import { describe, expect, it } from 'vitest';
import { siteSettings } from '@doorstep/demo';
import { communityHubs } from '@doorstep/demo';

describe('the demo council says the same thing everywhere', () => {
  it('gives its own address in the footer as the Civic Centre hub gives it', () => {
    const civicCentre = communityHubs.find((hub) => hub.name === 'Civic Centre help point')!;
    const hubAddress = [...civicCentre.address.split('\n'), civicCentre.postcode].join(', ');
    expect(siteSettings.address).toBe(`${siteSettings.councilName}, ${hubAddress}`);
  });
});

import { describe, expect, it } from 'vitest';
import { siteSetting } from '../../cms/src/seed/demo-council/site';
import { communityHubs } from '../../cms/src/seed/demo-council/community-hubs';

describe('the demo council says the same thing everywhere', () => {
  it('gives its own address in the footer as the Civic Centre hub gives it', () => {
    const civicCentre = communityHubs.find((hub) => hub.name === 'Civic Centre help point')!;
    const hubAddress = [...civicCentre.address.split('\n'), civicCentre.postcode].join(', ');
    expect(siteSetting.address).toBe(`${siteSetting.councilName}, ${hubAddress}`);
  });
});

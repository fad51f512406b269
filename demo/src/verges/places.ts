import { communityHubs } from '../council/community-hubs.js';

/**
 * Bramblewick's localities (one per community hub, at the hub) and the parts its
 * invented street names are made of. Postcode districts follow the hubs: BW1 is
 * Bramblewick, BW2 Kestrel Vale, and so on.
 */
export interface Locality {
  name: string;
  /** [longitude, latitude] of its centre. */
  centre: [number, number];
  /** "BW1". */
  district: string;
}

export const LOCALITIES: Locality[] = [...new Map(communityHubs.map((hub) => [hub.town, hub])).values()].map((hub) => ({
  name: hub.town,
  centre: [hub.longitude, hub.latitude],
  district: hub.postcode.split(' ')[0]!,
}));

export const STREET_FIRST_PARTS = (
  'Hawthorn Alder Bramble Kestrel Meadow Orchard Willow Chestnut Foxglove Heron Larch Linnet ' +
  'Mill Church Station Rectory Quarry Badger Beacon Brook Campion Cedar Clover Coppice ' +
  'Cowslip Dairy Dove Elm Fern Field Finch Forge Furlong Glebe Gorse Granary Harvest Hazel ' +
  'Holly Juniper Kingfisher Lapwing Lark Linden Maple Marsh Nightingale Oak Otter Paddock ' +
  'Pinfold Plover Poplar Primrose Rowan Saxon Sorrel Spinney Tannery Teasel Thistle Tithe ' +
  'Vicarage Wharf Wren Yew Barley Bluebell Cherry Sandpiper'
).split(' ');

export const STREET_SUFFIXES = (
  'Road Lane Close Way Drive Avenue Street Gardens Crescent Rise View Grove Walk Meadows ' + 'Court Hill'
).split(' ');

/** Letters used in the last two places of a postcode (Royal Mail leaves out C, I, K, M, O and V). */
export const POSTCODE_UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export const SKIP_REASONS = [
  'Ground too wet to cut safely',
  'Parked cars blocked the verge',
  'Cutting machine broke down',
  'Nesting birds: left until the chicks have flown',
  'Road closed for resurfacing',
];

export const NOTES: Record<'urban-amenity' | 'rural-verge' | 'visibility-splay', string[]> = {
  'urban-amenity': [
    'Please keep cars off the grass on cutting days.',
    'Bulbs are planted here: the first cut waits until the leaves have died back.',
  ],
  'rural-verge': [
    'Cut one swathe wide for road safety; the rest is left for wildflowers until September.',
    'A conservation verge: left long for wildflowers and cut once, late in the season.',
  ],
  'visibility-splay': ['Cut more often so drivers can see along the road at the junction.'],
};

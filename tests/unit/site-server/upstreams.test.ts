import { afterEach, describe, expect, it } from 'vitest';
import { createUpstreams, type Upstreams } from '../../../site/server/upstreams';

/** The site server's CMS instances: each in turn, the healthy first, the rest as a last resort. */
let upstreams: Upstreams | undefined;
afterEach(() => upstreams?.stop());

describe('CMS instances', () => {
  it('takes each in turn', () => {
    upstreams = createUpstreams(['a', 'b', 'c']);
    expect([upstreams.order(), upstreams.order(), upstreams.order(), upstreams.order()]).toEqual([
      ['a', 'b', 'c'],
      ['b', 'c', 'a'],
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
    ]);
  });

  it('puts one that failed last, but never leaves it out', () => {
    upstreams = createUpstreams(['a', 'b', 'c']);
    upstreams.markDown('a');
    expect(upstreams.order()).toEqual(['b', 'c', 'a']);
    upstreams.markDown('b');
    upstreams.markDown('c');
    expect(upstreams.order()).toEqual(['b', 'c', 'a']);
  });

  it('needs at least one', () => {
    expect(() => createUpstreams([])).toThrow('Give at least one CMS address');
  });
});

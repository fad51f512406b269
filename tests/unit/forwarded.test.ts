import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyMatcher } from '@doorstep/domain';

const isAddress = (value: string) => net.isIP(value) !== 0;

describe('the client behind our proxies', () => {
  const isTrusted = trustedProxyMatcher('10.0.0.0/8, 192.168.1.10, ::1', net);

  it('is the sender when the sender is not one of our proxies, whatever it forges', () => {
    expect(clientAddress({ socket: '203.0.113.5', forwardedFor: '198.51.100.1', isTrusted, isAddress })).toBe(
      '203.0.113.5',
    );
  });

  it('is the last address our proxies did not add', () => {
    const forwardedFor = '198.51.100.1, 203.0.113.9, 10.1.2.3';
    expect(clientAddress({ socket: '192.168.1.10', forwardedFor, isTrusted, isAddress })).toBe('203.0.113.9');
  });

  it('reads IPv4 clients of a dual-stack server as IPv4', () => {
    expect(
      clientAddress({ socket: '::ffff:192.168.1.10', forwardedFor: '::ffff:203.0.113.9', isTrusted, isAddress }),
    ).toBe('203.0.113.9');
  });

  it('stops at anything that is not an address', () => {
    expect(clientAddress({ socket: '::1', forwardedFor: 'evil, 10.0.0.2', isTrusted, isAddress })).toBe('10.0.0.2');
  });

  it('trusts no one by default', () => {
    const nobody = trustedProxyMatcher(undefined, net);
    expect(nobody('127.0.0.1')).toBe(false);
    expect(clientAddress({ socket: '127.0.0.1', forwardedFor: '198.51.100.1', isTrusted: nobody, isAddress })).toBe(
      '127.0.0.1',
    );
  });

  it.each(['10.0.0.0/33', 'proxy.example', '10.0.0.1/8/1', '::1/200'])(
    'refuses the setting %s, naming it',
    (setting) => {
      expect(() => trustedProxyMatcher(setting, net)).toThrow(`"${setting}"`);
    },
  );
});

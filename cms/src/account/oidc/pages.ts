import { assertNever } from '@doorstep/domain';
import { messagePage, type Page } from '../pages';
import type { FlowFailure } from './flow';

const ANOTHER_WAY = 'You can try again, or sign in with a code we email you instead.';

/** What a resident reads when the way back from the identity provider is refused (always a 400). */
export function oidcProblemPage(name: string, reason: FlowFailure | 'unavailable'): Page {
  switch (reason) {
    case 'no-flow':
      return messagePage(
        'Your sign-in has expired',
        `Signing in with ${name} took too long, or this page was opened twice. ${ANOTHER_WAY}`,
        true,
      );
    case 'cancelled':
      return messagePage('You did not sign in', `You stopped signing in with ${name}. ${ANOTHER_WAY}`, true);
    case 'unverified-email':
      return messagePage(
        'We could not sign you in',
        `${name} did not give us an email address it has checked, and your account needs one. ${ANOTHER_WAY}`,
        true,
      );
    case 'refused':
      return messagePage(
        'We could not sign you in',
        `Something went wrong signing in with ${name}. ${ANOTHER_WAY}`,
        true,
      );
    case 'unavailable':
      return messagePage(`${name} is not working at the moment`, `We could not reach ${name}. ${ANOTHER_WAY}`, true);
    default:
      return assertNever(reason);
  }
}

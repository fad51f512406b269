import { useCallback, useRef, useState } from 'react';
import type { LatLng } from '../../lib/verges/browser/decode';
import type { Manifest, StreetEntry } from '../../lib/verges/shared/format';
import { vergesNear, vergesOnStreets, type FoundVerge } from '../../lib/verges/browser/found';
import { locationMessages, searchMessages } from '../../lib/verges/shared/messages';
import { answerQuery, type VergeData } from '../../lib/verges/browser/search';
import { ukDate } from '@doorstep/domain/uk-time';

/**
 * The search's state: what the last search, street choice or "use my location"
 * found, and the error at the search box. Every outcome is also announced. A slow
 * answer that arrives after a newer search is dropped.
 */
export type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy'; message: string }
  | { kind: 'message'; message: string; district?: string }
  | { kind: 'choose-street'; heading: string; streets: StreetEntry[] }
  | { kind: 'verges'; heading: string; verges: FoundVerge[] };

const counted = (count: number) => `${count} ${count === 1 ? 'verge' : 'verges'}`;

export function useVergeSearch(data: VergeData, manifest: Manifest | null, announce: (text: string) => void) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [position, setPosition] = useState<LatLng | null>(null);
  const latest = useRef(0);
  const messages = searchMessages(manifest?.examples ?? null);

  const settle = useCallback(
    (ticket: number, next: Outcome, spoken: string) => {
      if (ticket !== latest.current) return;
      setOutcome(next);
      announce(spoken);
    },
    [announce],
  );

  const start = (message: string) => {
    latest.current += 1;
    setError(null);
    setOutcome({ kind: 'busy', message });
    return latest.current;
  };

  const failed = (ticket: number) => () =>
    settle(ticket, { kind: 'message', message: messages.failed }, messages.failed);

  const showStreets = (heading: string, streets: StreetEntry[], ticket = start('Loading the verges…')) => {
    setPosition(null);
    vergesOnStreets(data, streets, ukDate(new Date()))
      .then((verges) =>
        settle(
          ticket,
          { kind: 'verges', heading, verges },
          `${heading}: ${counted(verges.length)}. Choose one from the list under the map.`,
        ),
      )
      .catch(failed(ticket));
  };

  const search = (text: string) => {
    const ticket = start('Searching…');
    answerQuery(data, text)
      .then((answer) => {
        if (ticket !== latest.current) return;
        switch (answer.kind) {
          case 'problem':
            setError(answer.message);
            return settle(ticket, { kind: 'idle' }, answer.message);
          case 'not-found':
            return settle(ticket, { kind: 'message', message: answer.message }, answer.message);
          case 'district':
            return settle(
              ticket,
              { kind: 'message', message: answer.message, district: answer.outward },
              answer.message,
            );
          case 'choose-street':
            return settle(ticket, answer, `${answer.heading}. Choose a street.`);
          case 'streets':
            return showStreets(answer.heading, answer.streets, ticket);
        }
      })
      .catch(failed(ticket));
  };

  const locate = () => {
    const ticket = start(locationMessages.finding);
    announce(locationMessages.finding);
    const refuse = (message: string) => settle(ticket, { kind: 'message', message }, message);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        setPosition([coords.latitude, coords.longitude]);
        vergesNear(data, [coords.longitude, coords.latitude], ukDate(new Date()))
          .then((verges) =>
            verges.length === 0
              ? refuse(locationMessages.nothingNearby)
              : settle(
                  ticket,
                  { kind: 'verges', heading: 'Verges near you', verges },
                  `${counted(verges.length)} near you. Choose one from the list under the map.`,
                ),
          )
          .catch(failed(ticket));
      },
      (problem) =>
        refuse(problem.code === problem.PERMISSION_DENIED ? locationMessages.refused : locationMessages.unavailable),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return { outcome, error, position, search, showStreets, locate };
}

import {
  addDays,
  BIN_NAMES,
  changesBetween,
  collectedOn,
  formatLongDate,
  type BinException,
  type BinKind,
} from '@doorstep/domain';
import { binRoundForStreet } from '../bins/lookup';
import type { AlertEvent, AlertEventSource } from './events';
import { streetFollowKey, usrnOfFollowKey } from './streets';

/** How far ahead a moved collection is announced. */
export const BIN_CHANGE_NOTICE_DAYS = 14;

const binList = (bins: readonly BinKind[]) => {
  const names = bins.map((bin) => BIN_NAMES[bin].toLowerCase());
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
};

function changeEvent(usrn: number, label: string, change: BinException): AlertEvent {
  const which = change.bin ? `The ${BIN_NAMES[change.bin].toLowerCase()} collection` : 'The collection';
  return {
    key: `bins-change:${usrn}:${change.originalDate}:${change.bin ?? 'all'}:${change.newDate}`,
    followKey: streetFollowKey(usrn),
    subject: `Bin collection changes on ${label}`,
    body:
      `${which} due on ${formatLongDate(change.originalDate)} on ${label} will be on ` +
      `${formatLongDate(change.newDate)} instead (${change.reason}).`,
  };
}

/**
 * Bin collections on followed streets (the street's published round, cms/src/bins):
 * "your bins are collected tomorrow" the day before each collection, and each
 * collection moved within the next two weeks, once per change.
 */
export const binsSource: AlertEventSource = {
  name: 'bin collections',
  async daily(strapi, today, followKeys) {
    const tomorrow = addDays(today, 1);
    const events: AlertEvent[] = [];
    for (const usrn of followKeys.map(usrnOfFollowKey)) {
      if (usrn === null) continue;
      const round = await binRoundForStreet(strapi, usrn);
      if (!round) continue;
      const label = `${round.streetName}, ${round.locality}`;
      const bins = collectedOn(round, tomorrow);
      if (bins.length > 0) {
        events.push({
          key: `bins-tomorrow:${usrn}:${tomorrow}`,
          followKey: streetFollowKey(usrn),
          subject: 'Your bins are collected tomorrow',
          body: `Tomorrow, ${formatLongDate(tomorrow)}, the council collects the ${binList(bins)} on ${label}.`,
        });
      }
      for (const change of changesBetween(round, today, addDays(today, BIN_CHANGE_NOTICE_DAYS))) {
        events.push(changeEvent(usrn, label, change));
      }
    }
    return events;
  },
};

import { allFields, answersFromFormPost, prefillValues, routeFor, type FormDefinition } from '@doorstep/domain';
import { freshSave, load, type Saved } from './storage';
import { firstUnfinishedPage } from './validate';

/** Where the resident is in the form; kept in the address (?page=…) so Back and reload work. */
export type Step = { kind: 'page'; id: string } | { kind: 'exit'; id: string } | { kind: 'check' } | { kind: 'sent' };

export function urlFor(step: Step): string {
  const url = new URL(window.location.href);
  url.hash = '';
  // A preview link's token (pages/preview) stays, so Back and reload still show the preview.
  const token = url.searchParams.get('token');
  url.search = '';
  if (token) url.searchParams.set('token', token);
  url.searchParams.set('page', step.kind === 'page' || step.kind === 'exit' ? step.id : step.kind);
  return url.pathname + url.search;
}

/**
 * The step the address asks for, if the answers so far allow it: a resident
 * cannot jump past an unanswered page, and lands on the first one instead.
 */
export function stepFromUrl(definition: FormDefinition, saved: Saved): Step {
  const wanted = new URLSearchParams(window.location.search).get('page');
  if (wanted === 'sent' && saved.receipt) return { kind: 'sent' };
  const route = routeFor(definition, saved.values);
  if (route.exit && wanted === route.exit.id) return { kind: 'exit', id: route.exit.id };
  const unfinished = firstUnfinishedPage(definition, saved.values, new Map());
  const limit = unfinished ? route.pages.indexOf(unfinished) : route.pages.length;
  const index = route.pages.findIndex((page) => page.id === wanted);
  if (index !== -1 && index <= limit) return { kind: 'page', id: wanted! };
  if (unfinished) return { kind: 'page', id: unfinished.id };
  // Coming back to a form whose answers ended at an exit page: the question that led
  // there, answer kept, so the resident can change it rather than meet the exit again.
  if (route.exit) return { kind: 'page', id: route.pages.at(-1)?.id ?? '' };
  return wanted === 'check' ? { kind: 'check' } : { kind: 'page', id: route.pages[0]?.id ?? '' };
}

/** Anything typed into the form without JavaScript before this island loaded. */
function typedBeforeLoad(definition: FormDefinition, fallback: HTMLElement | null): Record<string, unknown> {
  const form = fallback?.querySelector('form');
  if (!form) return {};
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of new FormData(form)) {
    if (typeof value !== 'string' || value.trim() === '' || name.startsWith('_')) continue;
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return answersFromFormPost(definition, fields);
}

/** A page that links here can fill in questions, like the verge map's `?verge-reference=…&street=…`. */
function prefilled(definition: FormDefinition): Record<string, unknown> {
  return prefillValues(allFields(definition), new URLSearchParams(window.location.search));
}

export function initialState(definition: FormDefinition, fallbackId: string): { saved: Saved; step: Step } {
  const fallback = document.getElementById(fallbackId);
  let saved = load(definition);
  const askedFor = new URLSearchParams(window.location.search).get('page');
  if (saved.receipt && askedFor !== 'sent') saved = freshSave(); // a new report after the last one was sent
  // The latest wins: what was saved, then anything typed before this loaded, then what the link asks for.
  saved = { ...saved, values: { ...saved.values, ...typedBeforeLoad(definition, fallback), ...prefilled(definition) } };
  // Removed, not hidden: its inputs share ids with the island's, which labels and error links rely on.
  fallback?.remove();
  return { saved, step: stepFromUrl(definition, saved) };
}

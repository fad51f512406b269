import { allFields, submissionReceiptSchema, type FormDefinition, type SubmissionReceipt } from '@doorstep/domain';

/**
 * Answers are saved in this browser as the resident types, so a reload, a closed
 * tab or a lost connection never loses them. Files are not saved (they can be
 * large and personal); the idempotency key is, so a retry after a failure is
 * recognised by the server as the same submission. Saved answers expire after
 * SAVE_DAYS and are removed once the form is sent.
 */
export interface Saved {
  values: Record<string, unknown>;
  idempotencyKey: string;
  receipt: SubmissionReceipt | null;
  savedAt: number;
}

const SAVE_DAYS = 7;
const keyFor = (slug: string) => `doorstep.form.${slug}`;

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function freshSave(): Saved {
  return { values: {}, idempotencyKey: newKey(), receipt: null, savedAt: Date.now() };
}

/** What was saved for this form, keeping only answers to questions it still has. */
export function load(definition: FormDefinition, now = Date.now()): Saved {
  try {
    const raw = localStorage.getItem(keyFor(definition.slug));
    if (!raw) return freshSave();
    const saved = JSON.parse(raw) as Partial<Saved>;
    if (typeof saved.savedAt !== 'number' || now - saved.savedAt > SAVE_DAYS * 86_400_000) return freshSave();
    const names = new Set(allFields(definition).map((field) => field.name));
    const values = Object.fromEntries(Object.entries(saved.values ?? {}).filter(([name]) => names.has(name)));
    return {
      values,
      idempotencyKey: typeof saved.idempotencyKey === 'string' ? saved.idempotencyKey : newKey(),
      // Whatever else is in this browser's storage is not trusted to be a receipt.
      receipt: submissionReceiptSchema
        .nullable()
        .catch(null)
        .parse(saved.receipt ?? null),
      savedAt: saved.savedAt,
    };
  } catch {
    return freshSave(); // storage off, full or holding something else: start afresh
  }
}

export function save(slug: string, saved: Saved): void {
  try {
    localStorage.setItem(keyFor(slug), JSON.stringify({ ...saved, savedAt: Date.now() }));
  } catch {
    // Private browsing or a full store: the form still works, it just cannot resume.
  }
}

export function forget(slug: string): void {
  try {
    localStorage.removeItem(keyFor(slug));
  } catch {
    // nothing saved to remove
  }
}

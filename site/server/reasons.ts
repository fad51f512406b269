/**
 * Why a build runs, counted: a bulk import fires hundreds of webhooks, and the log line
 * and status should read "entry.publish service-page x240", not list each one.
 */
const MAX_DISTINCT = 20;
const OTHER = 'other';

export class ReasonTally {
  private readonly counts = new Map<string, number>();

  add(reason: string): void {
    // Caps memory whatever callers send: distinct reasons past the cap are lumped together.
    const key = this.counts.has(reason) || this.counts.size < MAX_DISTINCT ? reason : OTHER;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  isEmpty(): boolean {
    return this.counts.size === 0;
  }

  /** In order of first arrival: `["entry.publish service-page x3", "entry.unpublish alert-banner"]`. */
  summary(): string[] {
    return [...this.counts].map(([reason, count]) => (count > 1 ? `${reason} x${count}` : reason));
  }
}

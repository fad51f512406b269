/**
 * "Report a problem with this verge" opens the council's verge problem form with
 * the verge filled in: the form runner fills questions named in the address (see
 * islands/form-runner/steps.ts), and the hidden `verge-reference` question carries
 * the reference to the highways team.
 */
export const VERGE_REPORT_FIELDS = { reference: 'verge-reference', street: 'street', postcode: 'postcode' } as const;

export interface ReportForm {
  /** "/forms/report-a-verge-problem/". */
  path: string;
  /** Which of VERGE_REPORT_FIELDS the form asks, so only those are filled. */
  fields: string[];
}

export interface ReportableVerge {
  reference: string;
  streetName: string;
  postcodes: readonly string[];
}

export function reportProblemHref(form: ReportForm, verge: ReportableVerge): string {
  const values: Record<string, string | undefined> = {
    [VERGE_REPORT_FIELDS.reference]: verge.reference,
    [VERGE_REPORT_FIELDS.street]: verge.streetName,
    [VERGE_REPORT_FIELDS.postcode]: verge.postcodes[0],
  };
  const params = new URLSearchParams();
  for (const name of form.fields) {
    const value = values[name];
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return query ? `${form.path}?${query}` : form.path;
}

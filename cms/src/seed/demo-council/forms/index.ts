import type { FormDefinitionInput } from '@doorstep/domain';
import {
  blueBadgeEnquiry,
  councilTaxDirectDebit,
  freedomOfInformationRequest,
  makeAComplaint,
  reportAMissedBin,
  reportAVergeProblem,
} from './demo-forms';
import { everyFieldTypeForm } from './every-field-type';

export { everyFieldTypeForm };

export const demoForms: FormDefinitionInput[] = [
  reportAMissedBin,
  reportAVergeProblem,
  freedomOfInformationRequest,
  makeAComplaint,
  blueBadgeEnquiry,
  councilTaxDirectDebit,
  everyFieldTypeForm,
];

/** Each form's service team inbox (private: never in the public API). */
export const notificationEmails: Record<string, string> = {
  'report-a-missed-bin': 'waste@bramblewick.example',
  'report-a-verge-problem': 'highways@bramblewick.example',
  'freedom-of-information-request': 'information@bramblewick.example',
  'make-a-complaint': 'feedback@bramblewick.example',
  'blue-badge-enquiry': 'parking@bramblewick.example',
  'council-tax-direct-debit': 'counciltax@bramblewick.example',
  'every-field-type': 'test-forms@bramblewick.example',
};

/** A definition as the CMS stores it: one list of questions, with New page and Exit page entries. */
export function toCmsQuestions(definition: FormDefinitionInput): Array<Record<string, unknown>> {
  return definition.pages.flatMap((page) => {
    const showIf = page.showIf ?? [];
    if (page.kind === 'exit') {
      return [{ __component: 'form.exit-page', pageId: page.id, title: page.title, body: page.body, showIf }];
    }
    return [
      { __component: 'form.page-break', pageId: page.id, title: page.title ?? null, showIf },
      ...page.fields.map((field) => {
        if (field.kind === 'file') {
          const { kind, maxBytes, accept, ...rest } = field;
          return {
            __component: 'form.file-upload',
            ...rest,
            maxSizeMb: (maxBytes ?? 10 * 1024 * 1024) / 1024 / 1024,
            fileTypes: accept.join(', '),
          };
        }
        const { kind, ...rest } = field;
        return { __component: `form.${kind}`, ...rest };
      }),
    ];
  });
}

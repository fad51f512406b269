import { isLate } from '@doorstep/domain/case-status';

interface Header {
  name: string;
  label?: unknown;
  attribute?: { type?: string };
  searchable?: boolean;
  sortable?: boolean;
  cellFormatter?: (row: Record<string, unknown>) => unknown;
}

/**
 * The case list's "Late" column (issue 15): computed, not stored, so it is added to a
 * list showing a reply-by date and a case status (the submissions' list) as the page
 * draws it. Read with the clock of the caseworker's browser, in UK days.
 */
export function withLateColumn(headers: Header[]): Header[] {
  const names = new Set(headers.map((header) => header.name));
  if (!names.has('expectedReplyBy') || !names.has('caseStatus')) return headers;
  return [
    ...headers,
    {
      name: 'late',
      label: 'Late',
      attribute: { type: 'custom' },
      searchable: false,
      sortable: false,
      cellFormatter: (row) =>
        isLate(
          typeof row.expectedReplyBy === 'string' ? row.expectedReplyBy : null,
          typeof row.caseStatus === 'string' ? row.caseStatus : null,
          new Date(),
        ) ? (
          <strong>Late</strong>
        ) : (
          'No'
        ),
    },
  ];
}

import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import type { EditorialType } from '../../editorial-types';
import { dateAndTime } from '../shared/format';
import { cell, headerCell, paragraph, table } from '../shared/styles';
import { historyPage, KIND_WORDS, useComparison, type Revision } from './api';
import { Lines } from './Lines';
import { RestoreButton } from './RestoreButton';

const link = { color: 'inherit', textDecoration: 'underline' } as const;
const changedRow = { background: 'rgba(255, 191, 71, 0.12)' } as const;

function RevisionHeading({ label, revision, mayRestore }: { label: string; revision: Revision; mayRestore: boolean }) {
  return (
    <th scope="col" style={{ ...headerCell, width: '40%' }}>
      <span style={{ display: 'block' }}>{label}</span>
      <span style={{ display: 'block', fontWeight: 400 }}>
        {KIND_WORDS[revision.kind]} by {revision.by.name}, {dateAndTime(revision.at)}
      </span>
      {mayRestore && <RestoreButton revision={revision} />}
    </th>
  );
}

interface Props {
  type: EditorialType;
  documentId: string;
  from: string;
  to: string;
}

/** Two versions of one document side by side, field by field, the changed fields marked. */
export function ComparisonView({ type, documentId, from, to }: Props) {
  const [compared] = useComparison(type, documentId, from, to);
  const data = compared.state === 'ready' ? compared.data : null;
  const changed = data?.fields.filter((field) => field.changed) ?? [];
  const title = data?.newer.title ?? 'Compare versions';
  return (
    <Page.Main>
      <Page.Title>{`Compare versions: ${title}`}</Page.Title>
      <Layouts.Header title={`Compare versions: ${title}`} subtitle={data ? data.typeLabel : undefined} />
      <Layouts.Content>
        <div id="doorstep-compare">
          <p style={paragraph}>
            <Link to={historyPage(type, documentId)} style={link}>
              Back to the history
            </Link>
          </p>
          {compared.state === 'loading' && <p style={paragraph}>Comparing…</p>}
          {compared.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {compared.message}
            </p>
          )}
          {data && (
            <>
              <p style={paragraph}>
                {changed.length === 0
                  ? 'Nothing changed between these versions.'
                  : `${changed.length} ${changed.length === 1 ? 'field' : 'fields'} changed: ${changed.map((field) => field.label).join(', ')}.`}{' '}
                Lines taken out are struck through on the left; lines put in are highlighted on the right.
              </p>
              <table style={{ ...table, tableLayout: 'fixed' }}>
                <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>
                  The older version on the left, the newer on the right
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={{ ...headerCell, width: '20%' }}>
                      Field
                    </th>
                    <RevisionHeading label="Older version" revision={data.older} mayRestore={data.mayRestore} />
                    <RevisionHeading label="Newer version" revision={data.newer} mayRestore={data.mayRestore} />
                  </tr>
                </thead>
                <tbody>
                  {data.fields.map((field) => (
                    <tr key={field.name} style={field.changed ? changedRow : undefined} data-field={field.name}>
                      <th scope="row" style={cell}>
                        {field.label}
                        {field.changed && <strong style={{ display: 'block' }}>Changed</strong>}
                      </th>
                      <td style={{ ...cell, overflowWrap: 'anywhere' }}>
                        <Lines lines={field.before} side="older" />
                      </td>
                      <td style={{ ...cell, overflowWrap: 'anywhere' }}>
                        <Lines lines={field.after} side="newer" />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}

import { useEffect, useState } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Link, useNavigate } from 'react-router-dom';
import type { EditorialType } from '../../editorial-types';
import { button } from '../case-view/styles';
import { dateAndTime, editPath } from '../shared/format';
import { cell, headerCell, paragraph, table } from '../shared/styles';
import { comparePage, KIND_WORDS, useDocumentHistory, type Revision } from './api';
import { RestoreButton } from './RestoreButton';

const link = { color: 'inherit', textDecoration: 'underline' } as const;

const describe = (revision: Revision) =>
  `${KIND_WORDS[revision.kind].toLowerCase()} by ${revision.by.name}, ${dateAndTime(revision.at)}`;

/** One document's revisions, newest first: pick two to compare, or restore one. */
export function DocumentHistoryView({ type, documentId }: { type: EditorialType; documentId: string }) {
  // Read again after a restore, which adds a version at the top.
  const [loaded, , reload] = useDocumentHistory(type, documentId);
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<number[]>([]);
  const revisions = loaded.state === 'ready' ? loaded.data.revisions : [];
  // The two newest are chosen to start with: "what changed last".
  useEffect(() => {
    if (loaded.state === 'ready') setChosen(loaded.data.revisions.slice(0, 2).map((revision) => revision.id));
  }, [loaded]);
  const toggle = (id: number) =>
    setChosen((now) => (now.includes(id) ? now.filter((one) => one !== id) : [...now, id].slice(-2)));
  const title = revisions[0]?.title ?? 'Document';
  return (
    <Page.Main>
      <Page.Title>{`History: ${title}`}</Page.Title>
      <Layouts.Header
        title={`History: ${title}`}
        subtitle={loaded.state === 'ready' ? `${loaded.data.typeLabel}, newest version first` : undefined}
      />
      <Layouts.Content>
        <div id="doorstep-document-history">
          <p style={paragraph}>
            <Link to={editPath({ type, documentId })} style={link}>
              Back to editing
            </Link>{' '}
            ·{' '}
            <Link to="/history" style={link}>
              Latest changes to everything
            </Link>
          </p>
          {loaded.state === 'loading' && <p style={paragraph}>Loading the history…</p>}
          {loaded.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {loaded.message}
            </p>
          )}
          {loaded.state === 'ready' && revisions.length === 0 && <p style={paragraph}>No changes are recorded yet.</p>}
          {loaded.state === 'ready' && revisions.length > 0 && (
            <>
              <p style={paragraph}>
                Choose two versions to compare them side by side.
                {loaded.data.mayRestore &&
                  ' Restoring a version makes it the draft; the live version stays as it is until someone publishes.'}
              </p>
              <p style={paragraph}>
                <button
                  type="button"
                  style={button}
                  disabled={chosen.length !== 2}
                  onClick={() => navigate(comparePage(type, documentId, chosen[0] ?? 0, chosen[1] ?? 0))}
                >
                  Compare the 2 chosen versions
                </button>
              </p>
              <table style={table}>
                <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>
                  {`${revisions.length} ${revisions.length === 1 ? 'version' : 'versions'}`}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" style={headerCell}>
                      Compare
                    </th>
                    <th scope="col" style={headerCell}>
                      When
                    </th>
                    <th scope="col" style={headerCell}>
                      Change
                    </th>
                    <th scope="col" style={headerCell}>
                      By
                    </th>
                    {loaded.data.mayRestore && (
                      <th scope="col" style={headerCell}>
                        Restore
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {revisions.map((revision) => (
                    <tr key={revision.id}>
                      <td style={cell}>
                        <input
                          type="checkbox"
                          id={`revision-${revision.id}`}
                          aria-label={`Compare the version ${describe(revision)}`}
                          checked={chosen.includes(revision.id)}
                          onChange={() => toggle(revision.id)}
                          style={{ width: '1.6rem', height: '1.6rem' }}
                        />
                      </td>
                      <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                        {dateAndTime(revision.at)}
                      </th>
                      <td style={cell}>
                        {KIND_WORDS[revision.kind]}
                        {revision.formVersion !== null && revision.kind === 'published' && (
                          <> (form version {revision.formVersion})</>
                        )}
                      </td>
                      <td style={cell}>{revision.by.name}</td>
                      {loaded.data.mayRestore && (
                        <td style={cell}>
                          <RestoreButton revision={revision} onRestored={reload} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
              {type === 'form-definition' && (
                <p style={{ ...paragraph, marginTop: '1rem' }}>
                  Each publish of a web form is a new form version. Submissions keep the version, and the questions,
                  they answered: old submissions read as they were sent.
                </p>
              )}
            </>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}

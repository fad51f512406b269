import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { EDITORIAL_TYPES } from '../../editorial-types';
import { dateAndTime } from '../shared/format';
import { cell, headerCell, paragraph, table } from '../shared/styles';
import { historyPage, KIND_WORDS, useRecent } from './api';

const link = { color: 'inherit', textDecoration: 'underline' } as const;

/** The latest changes to everything the signed-in admin may read, each linking to its document's history. */
export function RecentChanges() {
  const recent = useRecent();
  return (
    <Page.Main>
      <Page.Title>History</Page.Title>
      <Layouts.Header
        title="History"
        subtitle="Every save, publish and restore of pages, hubs, web forms and alert banners, with who made it and when."
      />
      <Layouts.Content>
        <div id="doorstep-history">
          {recent.state === 'loading' && <p style={paragraph}>Loading the latest changes…</p>}
          {recent.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {recent.message}
            </p>
          )}
          {recent.state === 'ready' && (
            <>
              <p style={paragraph}>
                Choose a document to see its versions, compare two of them or restore one. Every version is kept for{' '}
                {recent.data.policy.days} days; after that, the newest {recent.data.policy.newest} of each document are
                kept.
              </p>
              <table style={table}>
                <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>Latest changes</caption>
                <thead>
                  <tr>
                    <th scope="col" style={headerCell}>
                      Document
                    </th>
                    <th scope="col" style={headerCell}>
                      Type
                    </th>
                    <th scope="col" style={headerCell}>
                      Change
                    </th>
                    <th scope="col" style={headerCell}>
                      By
                    </th>
                    <th scope="col" style={headerCell}>
                      When
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {recent.data.revisions.map((revision) => (
                    <tr key={revision.id}>
                      <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                        <Link to={historyPage(revision.type, revision.documentId)} style={link}>
                          {revision.title}
                        </Link>
                      </th>
                      <td style={cell}>{EDITORIAL_TYPES[revision.type].label}</td>
                      <td style={cell}>{KIND_WORDS[revision.kind]}</td>
                      <td style={cell}>{revision.by.name}</td>
                      <td style={cell}>{dateAndTime(revision.at)}</td>
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

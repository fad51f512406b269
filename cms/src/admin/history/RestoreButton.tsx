import { useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { button } from '../case-view/styles';
import { problemOf } from '../shared/fetch';
import { editPath } from '../shared/format';
import { paragraph } from '../shared/styles';
import { restorePath, type Revision } from './api';

/**
 * The draft's edit view, loaded afresh: the content manager keeps the document it last
 * read, which a restore (past its own requests) has just replaced. The admin's base
 * path (/admin) is what comes before this page's /history.
 */
function fullEditPath(revision: Revision): string {
  const { pathname } = window.location;
  return `${pathname.slice(0, Math.max(0, pathname.indexOf('/history')))}${editPath(revision)}`;
}

type Restored = { state: 'idle' } | { state: 'restoring' } | { state: 'done' } | { state: 'failed'; message: string };

/**
 * "Restore this version": the revision's fields become the draft (the route checks the
 * signed-in admin may edit it); the live version stays as it is until someone publishes.
 */
export function RestoreButton({ revision, onRestored }: { revision: Revision; onRestored?: () => void }) {
  const { post } = useFetchClient();
  const [restored, setRestored] = useState<Restored>({ state: 'idle' });
  const restore = async () => {
    setRestored({ state: 'restoring' });
    try {
      await post(restorePath(revision.type, revision.documentId, revision.id), {});
      setRestored({ state: 'done' });
      onRestored?.();
    } catch (error) {
      setRestored({ state: 'failed', message: problemOf(error, 'The version could not be restored') });
    }
  };
  return (
    <div>
      <button type="button" style={button} disabled={restored.state === 'restoring'} onClick={() => void restore()}>
        Restore this version
      </button>
      <p role="status" style={{ ...paragraph, fontWeight: 400, margin: '0.5rem 0 0' }}>
        {restored.state === 'done' && (
          <>
            Restored as the draft. The live version has not changed: publish the draft to put it live.{' '}
            <a href={fullEditPath(revision)} style={{ color: 'inherit', textDecoration: 'underline' }}>
              Open the draft
            </a>
          </>
        )}
        {restored.state === 'failed' && restored.message}
      </p>
    </div>
  );
}

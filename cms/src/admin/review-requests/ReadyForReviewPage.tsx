import { Layouts, Page } from '@strapi/strapi/admin';
import { paragraph } from '../shared/styles';
import { useWaiting } from './api';
import { ReadyTable } from './ReadyTable';

/**
 * "Ready for review" (issue 17): every draft an Author asked to have reviewed, the
 * longest waiting first, each linking to its edit view to publish or send back.
 */
export function ReadyForReviewPage() {
  const waiting = useWaiting();
  const count = waiting.state === 'ready' ? waiting.data.documents.length : 0;
  return (
    <Page.Main>
      <Page.Title>Ready for review</Page.Title>
      <Layouts.Header title="Ready for review" subtitle="Drafts Authors have asked you to review and publish." />
      <Layouts.Content>
        <div id="doorstep-ready-for-review">
          {waiting.state === 'loading' && <p style={paragraph}>Loading what is ready for review…</p>}
          {waiting.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {waiting.message}
            </p>
          )}
          {waiting.state === 'ready' && count === 0 && <p style={paragraph}>Nothing is waiting for review.</p>}
          {waiting.state === 'ready' && count > 0 && (
            <>
              <p style={paragraph}>
                Open a draft and check it. Publish it, and it leaves this list; or choose “Send back” in its side panel
                with a note saying what to change, which its Author sees there.
              </p>
              <ReadyTable
                documents={waiting.data.documents}
                caption={`${count} ${count === 1 ? 'draft' : 'drafts'} ready for review, the longest waiting first`}
              />
            </>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}

export default ReadyForReviewPage;

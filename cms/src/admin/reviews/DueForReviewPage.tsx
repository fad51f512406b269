import { Layouts, Page } from '@strapi/strapi/admin';
import { longDate } from '../shared/format';
import { useDue } from './api';
import { DueTable } from './DueTable';
import { paragraph } from '../shared/styles';

/**
 * "Due for review" (issue 17): every live service and information page whose review-by
 * date is within a month or past, the most overdue first, each linking to its edit view.
 */
export function DueForReviewPage() {
  const due = useDue();
  return (
    <Page.Main>
      <Page.Title>Due for review</Page.Title>
      <Layouts.Header
        title="Due for review"
        subtitle="Pages to check are still right: their review-by date is within a month, or has passed."
      />
      <Layouts.Content>
        <div id="doorstep-due-for-review">
          {due.state === 'loading' && <p style={paragraph}>Loading the pages due for review…</p>}
          {due.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {due.message}
            </p>
          )}
          {due.state === 'ready' && due.data.pages.length === 0 && (
            <p style={paragraph}>No page is due for review before {longDate(due.data.today)} next month.</p>
          )}
          {due.state === 'ready' && due.data.pages.length > 0 && (
            <>
              <p style={paragraph}>
                Open a page, check it and change what is no longer right, then choose “Mark as reviewed”. Its owner is
                emailed a month before the date and again once it has passed.
              </p>
              <DueTable
                pages={due.data.pages}
                caption={`${due.data.pages.length} ${due.data.pages.length === 1 ? 'page' : 'pages'} due for review, as of ${longDate(due.data.today)}`}
              />
            </>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}

export default DueForReviewPage;

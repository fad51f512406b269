import { Layouts, Page } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { editPath } from '../shared/format';
import { cell, headerCell, paragraph, table } from '../shared/styles';
import { useUpcoming } from './api';
import { scheduleText } from './column';

/**
 * "Scheduled" (issue 17, item 2): every publish and unpublish still to run, the soonest
 * first, then any that failed; each title links to its edit view, whose Schedule panel
 * changes or cancels it. A real table (WCAG 1.3.1) with a caption and column headers.
 */
export function ScheduledPage() {
  const upcoming = useUpcoming();
  const schedules = upcoming.state === 'ready' ? upcoming.data.schedules : [];
  return (
    <Page.Main>
      <Page.Title>Scheduled</Page.Title>
      <Layouts.Header title="Scheduled" subtitle="What will be published or unpublished, and when (UK time)." />
      <Layouts.Content>
        <div id="doorstep-scheduled">
          {upcoming.state === 'loading' && <p style={paragraph}>Loading what is scheduled…</p>}
          {upcoming.state === 'failed' && (
            <p role="alert" style={paragraph}>
              {upcoming.message}
            </p>
          )}
          {upcoming.state === 'ready' && schedules.length === 0 && <p style={paragraph}>Nothing is scheduled.</p>}
          {schedules.length > 0 && (
            <table style={table}>
              <caption style={{ textAlign: 'left', fontWeight: 600, padding: '0 0 0.5rem' }}>
                {schedules.length} scheduled, the soonest first
              </caption>
              <thead>
                <tr>
                  {['Title', 'Type', 'What happens', 'Scheduled by'].map((name) => (
                    <th key={name} scope="col" style={headerCell}>
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {schedules.map((schedule) => (
                  <tr key={`${schedule.type}:${schedule.documentId}:${schedule.action}`}>
                    <th scope="row" style={{ ...cell, fontWeight: 400 }}>
                      <Link to={editPath(schedule)} style={{ color: 'inherit', textDecoration: 'underline' }}>
                        {schedule.title}
                      </Link>
                    </th>
                    <td style={cell}>{schedule.typeLabel}</td>
                    <td style={{ ...cell, fontWeight: schedule.state === 'failed' ? 700 : 400 }}>
                      {scheduleText(schedule)}
                    </td>
                    <td style={{ ...cell, overflowWrap: 'anywhere' }}>{schedule.scheduledBy}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </Layouts.Content>
    </Page.Main>
  );
}

export default ScheduledPage;

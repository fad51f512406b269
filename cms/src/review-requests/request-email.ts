export interface AskedReview {
  title: string;
  typeLabel: string;
  askedBy: string;
  note: string | null;
  /** The document's edit view in the admin panel, when the CMS knows its own address. */
  editUrl: string | null;
}

/** The email the Editors' team gets when an Author asks for a review: what, who, their note, and where. */
export function requestEmail(council: string, asked: AskedReview): { subject: string; text: string } {
  const lines = [
    `${asked.askedBy} has asked for a review of “${asked.title}” (${asked.typeLabel.toLowerCase()}).`,
    ...(asked.note ? ['', 'Their note:', asked.note] : []),
    '',
    'Check it, then publish it, or choose “Send back” in its side panel with a note saying what to change.',
    'Everything waiting is listed under “Ready for review” in the admin panel.',
    ...(asked.editUrl ? ['', `${asked.typeLabel} in the admin panel:`, asked.editUrl] : []),
    '',
    council,
  ];
  return { subject: `Ready for review: ${asked.title}`, text: lines.join('\n') };
}

export interface SentBackReview {
  title: string;
  typeLabel: string;
  sentBackBy: string;
  note: string;
  editUrl: string | null;
}

/** The email the Author gets when an Editor sends their draft back: who, what to change, and where. */
export function sentBackEmail(council: string, sent: SentBackReview): { subject: string; text: string } {
  const lines = [
    `${sent.sentBackBy} has sent “${sent.title}” (${sent.typeLabel.toLowerCase()}) back to you without publishing it.`,
    '',
    'What to change:',
    sent.note,
    '',
    'Make the changes, save the draft, then choose “Ask for review” in its side panel again.',
    ...(sent.editUrl ? ['', `${sent.typeLabel} in the admin panel:`, sent.editUrl] : []),
    '',
    council,
  ];
  return { subject: `Sent back: ${sent.title}`, text: lines.join('\n') };
}

import { z } from 'zod';
import { describeFileTypes, messages } from '../messages.js';
import { base, type FieldKindModule, type UploadedFile } from './kind.js';

const MEGABYTE = 1024 * 1024;

export const definition = z.object({
  ...base,
  kind: z.literal('file'),
  maxBytes: z
    .number()
    .int()
    .min(1)
    .max(20 * MEGABYTE)
    .default(10 * MEGABYTE),
  accept: z.array(z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/, 'Give file types as MIME types, like image/jpeg')).min(1),
});
type Field = z.infer<typeof definition>;

/** "10MB", "2.5MB". */
const size = (field: Field) => `${Math.round((field.maxBytes / MEGABYTE) * 10) / 10}MB`;

/** One file, of the types and size the editor allows; the endpoint stores it with the submission. */
export const file: FieldKindModule<Field> = {
  definition,
  answer: (field) =>
    z.strictObject(
      {
        id: z.string().max(100).optional(),
        name: z.string().trim().min(1).max(255),
        size: z
          .number()
          .int()
          .min(1, messages.fileMissing(field))
          .max(field.maxBytes, messages.fileTooBig(size(field))),
        type: z.string().refine((type) => field.accept.includes(type), {
          message: messages.fileType(describeFileTypes(field.accept)),
        }),
      },
      { error: messages.fileMissing(field) },
    ),
  missing: (field) => ({ message: messages.fileMissing(field) }),
  summary: (_field, value) => [(value as UploadedFile).name],
  view: (field) => ({
    control: 'file',
    accept: field.accept.join(','),
    limits: `${describeFileTypes(field.accept)}, smaller than ${size(field)}`,
  }),
  /** Editors give the size in megabytes and the types as a list ("image/jpeg, application/pdf"). */
  cms: {
    component: 'file-upload',
    displayName: 'File upload',
    description: 'A file, with a size limit and allowed types.',
    attributes: {
      maxSizeMb: { type: 'decimal', required: true, min: 0.1, max: 20, default: 10 },
      fileTypes: { type: 'string', required: true, maxLength: 200, default: 'image/jpeg, image/png, application/pdf' },
    },
    fromCms: ({ maxSizeMb, fileTypes, ...rest }) => ({
      ...rest,
      maxBytes: Math.round(Number(maxSizeMb ?? 10) * MEGABYTE),
      accept: (typeof fileTypes === 'string' ? fileTypes : '')
        .split(',')
        .map((type) => type.trim())
        .filter(Boolean),
    }),
    toCms: ({ kind, maxBytes, accept, ...rest }) => ({
      ...rest,
      maxSizeMb: maxBytes / MEGABYTE,
      fileTypes: accept.join(', '),
    }),
  },
};

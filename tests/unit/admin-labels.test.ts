import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENUM_LABELS } from '@doorstep/domain/enum-labels';
import { CMS_DIR } from '../../scripts/lib/cms/paths';

/** Every enumeration value in every content type and component, from the schema files. */
function enumerationValues(): string[] {
  const files = [
    ...readdirSync(path.join(CMS_DIR, 'src/api')).flatMap((api) => {
      const dir = path.join(CMS_DIR, 'src/api', api, 'content-types');
      // An API without a content type (the residents' account) has no values to label.
      if (!existsSync(dir)) return [];
      return readdirSync(dir).map((name) => path.join(dir, name, 'schema.json'));
    }),
    ...readdirSync(path.join(CMS_DIR, 'src/components')).flatMap((category) =>
      readdirSync(path.join(CMS_DIR, 'src/components', category)).map((file) =>
        path.join(CMS_DIR, 'src/components', category, file),
      ),
    ),
  ];
  return files.flatMap((file) => {
    const { attributes } = JSON.parse(readFileSync(file, 'utf8')) as {
      attributes: Record<string, { type: string; enum?: string[] }>;
    };
    return Object.values(attributes).flatMap((attribute) =>
      attribute.type === 'enumeration' ? (attribute.enum ?? []) : [],
    );
  });
}

describe('the admin panel in the council’s words', () => {
  it('has a label for every value editors and caseworkers choose from', () => {
    const missing = enumerationValues().filter((value) => !(value in ENUM_LABELS));
    expect(missing).toEqual([]);
  });
});

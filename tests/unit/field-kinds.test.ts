import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Kind, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  allFields,
  cmsComponentOf,
  componentForKind,
  fieldComponentFiles,
  FIELD_KINDS,
  fieldSchema,
  formDefinitionSchema,
  kindOf,
  renderFieldHtml,
  type FieldError,
  type FormField,
} from '@doorstep/domain';
import { everyFieldTypeForm } from '@doorstep/demo';
import { Field } from '../../site/src/islands/form-runner/Field';
import { formComponentFiles } from '../../scripts/lib/form-components';

/**
 * The field kinds' registry (domain/src/forms/kinds): every kind has one module, the
 * every-field-type fixture uses every kind, the CMS stores every kind, and the two
 * renderers (the no-JavaScript HTML and the island) draw every kind the same way.
 */
const fields = allFields(formDefinitionSchema.parse(everyFieldTypeForm));
const CMS = new URL('../../cms/src/', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, CMS), 'utf8')) as Record<string, unknown>;

describe('field kinds', () => {
  it('the every-field-type fixture has a field of every kind', () => {
    const used = new Set(fields.map((field) => field.kind));
    expect(FIELD_KINDS.filter((kind) => !used.has(kind))).toEqual([]);
  });

  it('has one module per kind, and an unknown kind raises instead of drawing nothing', () => {
    for (const field of fields) expect(kindOf(field).definition.parse(field)).toEqual(field);
    const unknown = { ...fields[0]!, kind: 'signature' } as unknown as FormField;
    expect(() => kindOf(unknown)).toThrow('Unknown field kind "signature"');
    expect(fieldSchema.safeParse({ kind: 'signature', name: 'x', label: 'X' }).success).toBe(false);
  });

  it("the CMS's components are the ones the kinds' modules describe (npm run schema writes them)", () => {
    for (const file of formComponentFiles(fileURLToPath(CMS))) {
      expect(readFileSync(file.path, 'utf8'), `${file.path} differs from the kinds' modules: run npm run schema`).toBe(
        file.text,
      );
    }
  });

  it('every kind is a component of the CMS form, whose settings the kind knows', () => {
    const form = json('api/form-definition/content-types/form-definition/schema.json') as {
      attributes: { questions: { components: string[] } };
    };
    const components = readdirSync(new URL('components/form/', CMS)).map((file) => file.replace(/\.json$/, ''));
    for (const field of fields) {
      const component = componentForKind(field.kind);
      expect(form.attributes.questions.components, field.kind).toContain(`form.${component}`);
      expect(components, field.kind).toContain(component);
      const attributes = Object.keys((json(`components/form/${component}.json`) as { attributes: object }).attributes);
      const stored = Object.fromEntries(attributes.map((name) => [name, null]));
      const settings = Object.keys(cmsComponentOf(field.kind).fromCms?.(stored) ?? stored);
      const definition = fieldSchema.options.find((option) => option.shape.kind.value === field.kind);
      const known = Object.keys(definition!.shape);
      expect(
        settings.filter((name) => !known.includes(name)),
        field.kind,
      ).toEqual([]);
    }
  });

  it("the site's form query asks for every setting of every kind's component", () => {
    const query = parse(
      readFileSync(new URL('../../site/src/lib/graphql/queries/form-definitions.graphql', import.meta.url), 'utf8'),
    );
    const asked = new Map<string, string[]>();
    visit(query, {
      InlineFragment(node) {
        const type = node.typeCondition?.name.value;
        if (type)
          asked.set(
            type,
            node.selectionSet.selections.flatMap((selection) =>
              selection.kind === Kind.FIELD ? [selection.name.value] : [],
            ),
          );
      },
    });
    for (const { component, schema } of fieldComponentFiles()) {
      const type = `ComponentForm${component.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;
      expect(asked.get(type), `form-definitions.graphql has no fragment on ${type}`).toBeDefined();
      expect(
        Object.keys(schema.attributes).filter((name) => !asked.get(type)!.includes(name)),
        type,
      ).toEqual([]);
    }
  });

  /** Tags with their attributes sorted, so the two renderers' markup compares as markup. */
  function markup(html: string): string {
    return html
      .replace(/<([a-z0-9]+)((?:\s+[a-zA-Z-]+(?:="[^"]*")?)*)\s*\/?>/g, (_tag, name: string, attributes: string) => {
        // HTML attribute names ignore case (React writes autoComplete); a boolean attribute is there or not.
        const list = [...attributes.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)]
          .map(([, given, value]) => [given!.toLowerCase(), value ?? ''])
          .map(([attribute, value]) =>
            attribute === 'checked' || attribute === 'selected' ? attribute : `${attribute}="${value}"`,
          )
          .filter((attribute) => !attribute.startsWith('data-prefill='))
          .sort();
        return `<${[name, ...list].join(' ')}>`;
      })
      .replace(/&#x27;/g, '&#39;');
  }

  const VALUES: Partial<Record<FormField['kind'], unknown>> = {
    'short-text': 'Sam <Resident>',
    'long-text': 'It\'s "broken"',
    'uk-address': { line1: '1 High Street', town: 'Bramblewick', postcode: 'BW1 1AA' },
    date: { day: '3', month: '4', year: '2026' },
    number: '12',
    'yes-no': 'no',
    radios: 'other',
    select: 'south',
    checkboxes: ['email', 'post'],
  };

  it.each(fields.map((field) => [field.kind, field] as const))(
    'the island draws %s as the no-JavaScript form does, answered and with an error',
    (_kind, field) => {
      const error: FieldError = { message: 'Enter something', part: null };
      for (const [value, fault] of [
        [undefined, undefined],
        [VALUES[field.kind], error],
      ] as const) {
        const island = renderToStaticMarkup(
          createElement(Field, {
            field,
            value,
            file: undefined,
            error: fault,
            heading: false,
            onChange: () => {},
            onFile: () => {},
          }),
        );
        const html = field.kind === 'hidden' ? '' : renderFieldHtml(field, value, fault);
        expect(markup(island)).toBe(markup(html));
        if (fault && 'options' in field) expect(island).toMatch(/ (checked|selected)=""/);
      }
    },
  );
});

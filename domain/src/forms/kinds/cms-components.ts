import { cmsComponentOf, componentForKind, FIELD_KINDS } from './index.js';
import { BASE_CMS_ATTRIBUTES, type StrapiAttribute } from './kind.js';

/**
 * The Strapi components that store the field kinds, written from the kinds' modules
 * (`npm run schema` writes them to cms/src/components/form/; a unit test fails when
 * the files differ), and the web form's list of components editors add questions from.
 */
export interface StrapiComponentFile {
  /** The file's name in cms/src/components/form/, without `.json`. */
  component: string;
  schema: {
    collectionName: string;
    info: { displayName: string; description: string; icon: string };
    options: Record<string, never>;
    attributes: Record<string, StrapiAttribute>;
  };
}

export function fieldComponentFiles(): StrapiComponentFile[] {
  return FIELD_KINDS.map((kind) => {
    const { displayName, description, attributes } = cmsComponentOf(kind);
    const component = componentForKind(kind);
    return {
      component,
      schema: {
        collectionName: `components_form_${component.replace(/-/g, '_')}`,
        info: { displayName, description, icon: 'pencil' },
        options: {},
        attributes: { ...BASE_CMS_ATTRIBUTES, ...attributes },
      },
    };
  });
}

/** The web form's questions: page breaks and exit pages first, then a component per kind. */
export const formQuestionComponents = (): string[] => [
  'form.page-break',
  'form.exit-page',
  ...FIELD_KINDS.map((kind) => `form.${componentForKind(kind)}`),
];

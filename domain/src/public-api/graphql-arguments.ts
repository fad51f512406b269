import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  isCompositeType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLInputType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { FILTER_LIMITS } from './limits.js';
import { FLAG_OPERATORS, LIST_OPERATORS, OPERATORS_BY_TYPE, operatorHint, type ScalarType } from './operators.js';
import { textProblem } from './values.js';

/** Strapi's filter input for one field, by the scalar it filters. JSON (rich text, shapes) is never filterable. */
const FIELD_FILTERS: Readonly<Record<string, ScalarType | 'opaque'>> = {
  StringFilterInput: 'text',
  IDFilterInput: 'text',
  IntFilterInput: 'integer',
  LongFilterInput: 'biginteger',
  FloatFilterInput: 'float',
  BooleanFilterInput: 'boolean',
  DateFilterInput: 'date',
  DateTimeFilterInput: 'datetime',
  TimeFilterInput: 'time',
  JSONFilterInput: 'opaque',
};

const GROUPS = new Set(['and', 'or', 'not']);

/** Strapi's arguments for picking drafts by how they differ from the published version: editors' business. */
const DRAFT_ARGUMENTS = new Set(['hasPublishedVersion', 'publicationFilter']);

interface Walk {
  problems: string[];
  conditions: number;
}

/**
 * GraphQL checks the types of arguments; this checks what types cannot say, with
 * the same rules as the REST grammar (operators.ts): `between` takes two
 * values and `in` at most a hundred, text operators are for text, numbers are
 * finite, text holds no NUL, filters nest only so deep. Without it these reach the
 * query builder or the database and come back as 500s.
 */
export function argumentProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): string[] {
  const operation = getOperationAST(document, operationName);
  const root = operation ? schema.getRootType(operation.operation) : undefined;
  if (!operation || !root) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { problems: [], conditions: 0 };
  const visit = (selections: SelectionSetNode, parent: GraphQLCompositeType, seen: ReadonlySet<string>): void => {
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && isCompositeType(type) && !seen.has(fragment.name.value)) {
          visit(fragment.selectionSet, type, new Set([...seen, fragment.name.value]));
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (isCompositeType(type)) visit(selection.selectionSet, type, seen);
      } else if (isObjectType(parent) || isInterfaceType(parent)) {
        const field = parent.getFields()[selection.name.value];
        if (!field) continue;
        if (field.args.length > 0) {
          const values = getArgumentValues(field, selection, variables);
          for (const argument of field.args) {
            const at = `${field.name}(${argument.name})`;
            if (DRAFT_ARGUMENTS.has(argument.name) && values[argument.name] !== undefined) {
              walk.problems.push(`${at}: the public API serves published content only`);
            } else input(walk, values[argument.name], argument.type, at, 0);
          }
        }
        const type = getNamedType(field.type);
        if (selection.selectionSet && isCompositeType(type)) visit(selection.selectionSet, type, seen);
      }
    }
  };
  visit(operation.selectionSet, root, new Set());
  return walk.problems.slice(0, 20);
}

/**
 * `ofRelation`: the value is an entry's filters under a relation or component, which
 * Strapi reads either as fields or as one of and/or/not, never both.
 */
function input(
  walk: Walk,
  value: unknown,
  type: GraphQLInputType,
  path: string,
  depth: number,
  ofRelation = false,
): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return input(walk, value, type.ofType, path, depth, ofRelation);
  if (isListType(type)) {
    if (Array.isArray(value))
      value.forEach((item, index) => input(walk, item, type.ofType, `${path}[${index}]`, depth));
    return;
  }
  if (!isInputObjectType(type)) return scalar(walk, value, path);
  const kind = FIELD_FILTERS[type.name];
  if (kind === 'opaque') return void walk.problems.push(`${path}: this field cannot be filtered on`);
  if (kind) return fieldFilter(walk, value as Record<string, unknown>, kind, path, 0);
  if (depth > FILTER_LIMITS.depth) {
    return void walk.problems.push(`${path}: filters can nest at most ${FILTER_LIMITS.depth} deep`);
  }
  const fields = type.getFields();
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, inner]) => inner !== null && inner !== undefined,
  );
  if (ofRelation && entries.some(([key]) => GROUPS.has(key)) && entries.length > 1) {
    walk.problems.push(`${path}: inside a relation, either name its fields or use one of and, or, not`);
  }
  const isEntityFilter = type.name.endsWith('FiltersInput');
  for (const [key, inner] of entries) {
    const field = fields[key];
    if (field) input(walk, inner, field.type, `${path}.${key}`, depth + 1, isEntityFilter && !GROUPS.has(key));
  }
}

function fieldFilter(walk: Walk, value: Record<string, unknown>, type: ScalarType, path: string, nots: number): void {
  for (const [operator, operand] of Object.entries(value)) {
    const at = `${path}.${operator}`;
    if (operand === null || operand === undefined) continue;
    if (operator === 'and' || operator === 'or') {
      walk.problems.push(
        `${at}: and/or combine whole filters, like or: [{ title: { eq: "a" } }, { title: { eq: "b" } }]`,
      );
    } else if (!OPERATORS_BY_TYPE[type].some((known) => known === operator)) {
      walk.problems.push(`${at}: ${operator} is not a filter for this field: use ${operatorHint(type)}`);
    } else if (operator === 'not') {
      if (nots >= 2) walk.problems.push(`${at}: not can be used at most twice in a row`);
      else fieldFilter(walk, operand as Record<string, unknown>, type, at, nots + 1);
    } else if (!FLAG_OPERATORS.has(operator)) {
      condition(walk, type, operator, operand, at);
    }
  }
}

function condition(walk: Walk, type: ScalarType, operator: string, operand: unknown, path: string): void {
  walk.conditions += 1;
  if (walk.conditions === FILTER_LIMITS.conditions + 1)
    walk.problems.push(`filters: use at most ${FILTER_LIMITS.conditions} conditions`);
  const items = Array.isArray(operand) ? operand : [operand];
  if (LIST_OPERATORS.has(operator)) {
    if (operator === 'between' && (items.length !== 2 || items.some((item) => item === null))) {
      return void walk.problems.push(`${path}: give exactly two values, like between: [1, 9]`);
    }
    if (items.length === 0 || items.length > FILTER_LIMITS.listLength) {
      return void walk.problems.push(`${path}: give 1 to ${FILTER_LIMITS.listLength} values`);
    }
  }
  items.forEach((item) => scalar(walk, item, path));
}

function scalar(walk: Walk, value: unknown, path: string): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) walk.problems.push(`${path}: ${problem}`);
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    walk.problems.push(`${path}: use a finite number`);
  }
}

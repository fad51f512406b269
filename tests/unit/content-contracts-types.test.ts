import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The site parses each entry with its content contract and takes the query's
 * generated node type as input (issue 13). So a `.graphql` edit that stops asking
 * for a field the contract needs must fail type-checking, not the build at run
 * time. Proven by compiling site/src/lib/content.ts with the TypeScript compiler
 * API against the generated types with that field taken out, one type at a time.
 */
const siteDir = resolve(__dirname, '../../site');
const generated = join(siteDir, 'src/lib/graphql/__generated__/graphql.ts');
const contentFile = join(siteDir, 'src/lib/content.ts');

/** For each rendered type: the generated query type and a field its contract needs. */
const DROPPED_FIELDS: Array<[content: string, queryType: string, field: string]> = [
  ['service page', 'ServicePagesQuery', 'supportLevel'],
  ['service area', 'ServiceAreasQuery', 'summary'],
  ['support level', 'SupportLevelsQuery', 'rank'],
  ['community hub', 'CommunityHubsQuery', 'helpAvailable'],
  ['alert banner', 'AlertBannersQuery', 'startsAt'],
  ['information page', 'InfoPagesQuery', 'showInFooter'],
  ['site settings', 'SiteSettingQuery', 'contactPhone'],
  ['search synonym', 'SearchSynonymsQuery', 'terms'],
  ['best bet', 'SearchBestBetsQuery', 'servicePage'],
];

let options: ts.CompilerOptions;
let original: string;

beforeAll(() => {
  const config = ts.readConfigFile(join(siteDir, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  options = { ...ts.parseJsonConfigFileContent(config.config, ts.sys, siteDir).options, noEmit: true };
  original = readFileSync(generated, 'utf8');
});

/** Type errors in content.ts when graphql.ts reads `source`. */
function contentErrors(source: string): string[] {
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (path) => (resolve(path) === generated ? source : readFile(path));
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (path, language, onError) =>
    resolve(path) === generated ? ts.createSourceFile(path, source, language) : getSourceFile(path, language, onError);
  const program = ts.createProgram([contentFile], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file && resolve(diagnostic.file.fileName) === contentFile)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** The generated query type with one field of its node taken out, as if the query no longer asked for it. */
function withoutField(source: string, queryType: string, field: string): string {
  const line = source.split('\n').find((candidate) => candidate.startsWith(`export type ${queryType} =`));
  if (!line) throw new Error(`No ${queryType} in the generated types`);
  const pattern = new RegExp(`(\\{ |, )${field}: `);
  if (!pattern.test(line)) throw new Error(`${queryType} has no field ${field}`);
  // The field's value runs to the next ", name:" at the same depth, or the closing brace.
  const start = line.search(pattern);
  const valueStart = line.indexOf(`${field}: `, start) + field.length + 2;
  let depth = 0;
  let end = valueStart;
  for (; end < line.length; end += 1) {
    const char = line[end];
    if (char === '{' || char === '<' || char === '(') depth += 1;
    if (char === '}' || char === '>' || char === ')') {
      if (depth === 0) break;
      depth -= 1;
    }
    if (char === ',' && depth === 0) break;
  }
  const first = line[start] === '{';
  const before = line.slice(0, start) + (first ? '{ ' : '');
  const after = first && line[end] === ',' ? line.slice(end + 2) : line.slice(end);
  return source.replace(line, before + after);
}

describe('content contracts and the queries that feed them', () => {
  it('type-check as generated', () => {
    expect(contentErrors(original)).toEqual([]);
  }, 120_000);

  it.each(DROPPED_FIELDS)(
    '%s: %s without %s fails type-checking',
    (_content, queryType, field) => {
      const edited = withoutField(original, queryType, field);
      expect(edited).not.toBe(original);
      const errors = contentErrors(edited);
      expect(errors.join('\n')).toMatch(new RegExp(`\\b${field}\\b`));
    },
    120_000,
  );
});

/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}": typeof types.ServiceAreasDocument,
    "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}": typeof types.ServicePagesDocument,
};
const documents: Documents = {
    "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}": types.ServiceAreasDocument,
    "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}": types.ServicePagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}"): typeof import('./graphql').ServiceAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n    }\n    pageInfo {\n      page\n      pageCount\n      total\n    }\n  }\n}"): typeof import('./graphql').ServicePagesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

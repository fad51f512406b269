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
    "query AlertBanners($page: Int!, $pageSize: Int!) {\n  alertBanners_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"startsAt:asc\"]\n  ) {\n    nodes {\n      title\n      message\n      severity\n      linkUrl\n      linkText\n      startsAt\n      endsAt\n      scope\n      serviceAreas(pagination: {pageSize: 100}) {\n        slug\n      }\n      servicePages(pagination: {pageSize: 100}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.AlertBannersDocument,
    "query CommunityHubs($page: Int!, $pageSize: Int!) {\n  communityHubs_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"name:asc\"]\n  ) {\n    nodes {\n      documentId\n      name\n      slug\n      summary\n      address\n      town\n      postcode\n      latitude\n      longitude\n      openingTimes {\n        day\n        opens\n        closes\n        note\n      }\n      helpAvailable\n      accessibility\n      phone\n      email\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.CommunityHubsDocument,
    "query InfoPages($page: Int!, $pageSize: Int!) {\n  infoPages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      showInFooter\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.InfoPagesDocument,
    "fragment PageInfoFields on Pagination {\n  page\n  pageCount\n  total\n}": typeof types.PageInfoFieldsFragmentDoc,
    "query SearchSynonyms($page: Int!, $pageSize: Int!) {\n  searchSynonyms_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"terms:asc\"]\n  ) {\n    nodes {\n      documentId\n      terms\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery SearchBestBets($page: Int!, $pageSize: Int!) {\n  searchBestBets_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"phrase:asc\"]\n  ) {\n    nodes {\n      documentId\n      phrase\n      servicePage {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.SearchSynonymsDocument,
    "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.ServiceAreasDocument,
    "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n      communityHubs(pagination: {pageSize: 20}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.ServicePagesDocument,
    "query SiteSetting {\n  siteSetting {\n    councilName\n    contactPhone\n    contactPhoneHours\n    contactEmail\n    address\n    urgentHelp\n    outOfHoursPhone\n    phase\n  }\n}": typeof types.SiteSettingDocument,
    "query SupportLevels($page: Int!, $pageSize: Int!) {\n  supportLevels_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"rank:asc\"]\n  ) {\n    nodes {\n      key\n      rank\n      name\n      summary\n      explanation\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": typeof types.SupportLevelsDocument,
};
const documents: Documents = {
    "query AlertBanners($page: Int!, $pageSize: Int!) {\n  alertBanners_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"startsAt:asc\"]\n  ) {\n    nodes {\n      title\n      message\n      severity\n      linkUrl\n      linkText\n      startsAt\n      endsAt\n      scope\n      serviceAreas(pagination: {pageSize: 100}) {\n        slug\n      }\n      servicePages(pagination: {pageSize: 100}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.AlertBannersDocument,
    "query CommunityHubs($page: Int!, $pageSize: Int!) {\n  communityHubs_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"name:asc\"]\n  ) {\n    nodes {\n      documentId\n      name\n      slug\n      summary\n      address\n      town\n      postcode\n      latitude\n      longitude\n      openingTimes {\n        day\n        opens\n        closes\n        note\n      }\n      helpAvailable\n      accessibility\n      phone\n      email\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.CommunityHubsDocument,
    "query InfoPages($page: Int!, $pageSize: Int!) {\n  infoPages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      showInFooter\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.InfoPagesDocument,
    "fragment PageInfoFields on Pagination {\n  page\n  pageCount\n  total\n}": types.PageInfoFieldsFragmentDoc,
    "query SearchSynonyms($page: Int!, $pageSize: Int!) {\n  searchSynonyms_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"terms:asc\"]\n  ) {\n    nodes {\n      documentId\n      terms\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery SearchBestBets($page: Int!, $pageSize: Int!) {\n  searchBestBets_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"phrase:asc\"]\n  ) {\n    nodes {\n      documentId\n      phrase\n      servicePage {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.SearchSynonymsDocument,
    "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.ServiceAreasDocument,
    "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n      communityHubs(pagination: {pageSize: 20}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.ServicePagesDocument,
    "query SiteSetting {\n  siteSetting {\n    councilName\n    contactPhone\n    contactPhoneHours\n    contactEmail\n    address\n    urgentHelp\n    outOfHoursPhone\n    phase\n  }\n}": types.SiteSettingDocument,
    "query SupportLevels($page: Int!, $pageSize: Int!) {\n  supportLevels_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"rank:asc\"]\n  ) {\n    nodes {\n      key\n      rank\n      name\n      summary\n      explanation\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}": types.SupportLevelsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlertBanners($page: Int!, $pageSize: Int!) {\n  alertBanners_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"startsAt:asc\"]\n  ) {\n    nodes {\n      title\n      message\n      severity\n      linkUrl\n      linkText\n      startsAt\n      endsAt\n      scope\n      serviceAreas(pagination: {pageSize: 100}) {\n        slug\n      }\n      servicePages(pagination: {pageSize: 100}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').AlertBannersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CommunityHubs($page: Int!, $pageSize: Int!) {\n  communityHubs_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"name:asc\"]\n  ) {\n    nodes {\n      documentId\n      name\n      slug\n      summary\n      address\n      town\n      postcode\n      latitude\n      longitude\n      openingTimes {\n        day\n        opens\n        closes\n        note\n      }\n      helpAvailable\n      accessibility\n      phone\n      email\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').CommunityHubsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InfoPages($page: Int!, $pageSize: Int!) {\n  infoPages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      showInFooter\n      updatedAt\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').InfoPagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PageInfoFields on Pagination {\n  page\n  pageCount\n  total\n}"): typeof import('./graphql').PageInfoFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchSynonyms($page: Int!, $pageSize: Int!) {\n  searchSynonyms_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"terms:asc\"]\n  ) {\n    nodes {\n      documentId\n      terms\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}\n\nquery SearchBestBets($page: Int!, $pageSize: Int!) {\n  searchBestBets_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"phrase:asc\"]\n  ) {\n    nodes {\n      documentId\n      phrase\n      servicePage {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').SearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServiceAreas($page: Int!, $pageSize: Int!) {\n  serviceAreas_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"title:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').ServiceAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ServicePages($page: Int!, $pageSize: Int!) {\n  servicePages_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"slug:asc\"]\n  ) {\n    nodes {\n      documentId\n      title\n      slug\n      summary\n      body\n      taskType\n      isTopTask\n      lgslCode\n      updatedAt\n      serviceArea {\n        title\n        slug\n      }\n      supportLevel {\n        key\n        name\n        summary\n      }\n      expectedResponse {\n        amount\n        unit\n        sentence\n      }\n      contactChannels {\n        kind\n        label\n        value\n        availability\n      }\n      relatedPages(pagination: {pageSize: 10}) {\n        title\n        slug\n      }\n      communityHubs(pagination: {pageSize: 20}) {\n        slug\n      }\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').ServicePagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiteSetting {\n  siteSetting {\n    councilName\n    contactPhone\n    contactPhoneHours\n    contactEmail\n    address\n    urgentHelp\n    outOfHoursPhone\n    phase\n  }\n}"): typeof import('./graphql').SiteSettingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupportLevels($page: Int!, $pageSize: Int!) {\n  supportLevels_connection(\n    pagination: {page: $page, pageSize: $pageSize}\n    sort: [\"rank:asc\"]\n  ) {\n    nodes {\n      key\n      rank\n      name\n      summary\n      explanation\n    }\n    pageInfo {\n      ...PageInfoFields\n    }\n  }\n}"): typeof import('./graphql').SupportLevelsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

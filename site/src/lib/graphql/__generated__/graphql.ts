/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Enum_Alertbanner_Scope =
  | 'site'
  | 'targeted';

export type Enum_Alertbanner_Severity =
  | 'information'
  | 'urgent'
  | 'warning';

export type Enum_Componenthubopeningtime_Day =
  | 'friday'
  | 'monday'
  | 'saturday'
  | 'sunday'
  | 'thursday'
  | 'tuesday'
  | 'wednesday';

export type Enum_Componentservicecontactchannel_Kind =
  | 'email'
  | 'in_person'
  | 'online'
  | 'phone';

export type Enum_Componentserviceexpectedresponse_Unit =
  | 'calendar_days'
  | 'hours'
  | 'weeks'
  | 'working_days';

export type Enum_Servicepage_Tasktype =
  | 'action'
  | 'information';

export type Enum_Sitesetting_Phase =
  | 'alpha'
  | 'beta'
  | 'live';

export type Enum_Supportlevel_Key =
  | 'level_0'
  | 'level_1'
  | 'level_2'
  | 'level_3';

export type AlertBannersQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type AlertBannersQuery = { alertBanners_connection: { nodes: Array<{ title: string, message: string, severity: Enum_Alertbanner_Severity, linkUrl: string | null, linkText: string | null, startsAt: string, endsAt: string | null, scope: Enum_Alertbanner_Scope, serviceAreas: Array<{ slug: string } | null>, servicePages: Array<{ slug: string } | null> }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type CommunityHubsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type CommunityHubsQuery = { communityHubs_connection: { nodes: Array<{ documentId: string, name: string, slug: string, summary: string, address: string, town: string, postcode: string, latitude: number, longitude: number, helpAvailable: unknown, accessibility: string, phone: string | null, email: string | null, updatedAt: string | null, openingTimes: Array<{ day: Enum_Componenthubopeningtime_Day, opens: string, closes: string, note: string | null } | null> | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type InfoPagesQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type InfoPagesQuery = { infoPages_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string, body: unknown, showInFooter: boolean, updatedAt: string | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type PageInfoFieldsFragment = { page: number, pageCount: number, total: number };

export type SearchSynonymsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type SearchSynonymsQuery = { searchSynonyms_connection: { nodes: Array<{ documentId: string, terms: string }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type SearchBestBetsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type SearchBestBetsQuery = { searchBestBets_connection: { nodes: Array<{ documentId: string, phrase: string, servicePage: { slug: string } | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type ServiceAreasQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type ServiceAreasQuery = { serviceAreas_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type ServicePagesQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type ServicePagesQuery = { servicePages_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string, body: unknown, taskType: Enum_Servicepage_Tasktype, isTopTask: boolean, lgslCode: number | null, updatedAt: string | null, serviceArea: { title: string, slug: string } | null, supportLevel: { key: Enum_Supportlevel_Key, name: string, summary: string } | null, expectedResponse: { amount: number, unit: Enum_Componentserviceexpectedresponse_Unit, sentence: string | null } | null, contactChannels: Array<{ kind: Enum_Componentservicecontactchannel_Kind, label: string, value: string, availability: string | null } | null> | null, relatedPages: Array<{ title: string, slug: string } | null>, communityHubs: Array<{ slug: string } | null> }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type SiteSettingQueryVariables = Exact<{ [key: string]: never; }>;


export type SiteSettingQuery = { siteSetting: { councilName: string, contactPhone: string, contactPhoneHours: string, contactEmail: string, address: string, urgentHelp: string, outOfHoursPhone: string, phase: Enum_Sitesetting_Phase } | null };

export type SupportLevelsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type SupportLevelsQuery = { supportLevels_connection: { nodes: Array<{ key: Enum_Supportlevel_Key, rank: number, name: string, summary: string, explanation: unknown }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PageInfoFieldsFragmentDoc = new TypedDocumentString(`
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}
    `, {"fragmentName":"PageInfoFields"}) as unknown as TypedDocumentString<PageInfoFieldsFragment, unknown>;
export const AlertBannersDocument = new TypedDocumentString(`
    query AlertBanners($page: Int!, $pageSize: Int!) {
  alertBanners_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["startsAt:asc"]
  ) {
    nodes {
      title
      message
      severity
      linkUrl
      linkText
      startsAt
      endsAt
      scope
      serviceAreas(pagination: {pageSize: 100}) {
        slug
      }
      servicePages(pagination: {pageSize: 100}) {
        slug
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<AlertBannersQuery, AlertBannersQueryVariables>;
export const CommunityHubsDocument = new TypedDocumentString(`
    query CommunityHubs($page: Int!, $pageSize: Int!) {
  communityHubs_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["name:asc"]
  ) {
    nodes {
      documentId
      name
      slug
      summary
      address
      town
      postcode
      latitude
      longitude
      openingTimes {
        day
        opens
        closes
        note
      }
      helpAvailable
      accessibility
      phone
      email
      updatedAt
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<CommunityHubsQuery, CommunityHubsQueryVariables>;
export const InfoPagesDocument = new TypedDocumentString(`
    query InfoPages($page: Int!, $pageSize: Int!) {
  infoPages_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["title:asc"]
  ) {
    nodes {
      documentId
      title
      slug
      summary
      body
      showInFooter
      updatedAt
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<InfoPagesQuery, InfoPagesQueryVariables>;
export const SearchSynonymsDocument = new TypedDocumentString(`
    query SearchSynonyms($page: Int!, $pageSize: Int!) {
  searchSynonyms_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["terms:asc"]
  ) {
    nodes {
      documentId
      terms
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<SearchSynonymsQuery, SearchSynonymsQueryVariables>;
export const SearchBestBetsDocument = new TypedDocumentString(`
    query SearchBestBets($page: Int!, $pageSize: Int!) {
  searchBestBets_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["phrase:asc"]
  ) {
    nodes {
      documentId
      phrase
      servicePage {
        slug
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<SearchBestBetsQuery, SearchBestBetsQueryVariables>;
export const ServiceAreasDocument = new TypedDocumentString(`
    query ServiceAreas($page: Int!, $pageSize: Int!) {
  serviceAreas_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["title:asc"]
  ) {
    nodes {
      documentId
      title
      slug
      summary
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<ServiceAreasQuery, ServiceAreasQueryVariables>;
export const ServicePagesDocument = new TypedDocumentString(`
    query ServicePages($page: Int!, $pageSize: Int!) {
  servicePages_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["slug:asc"]
  ) {
    nodes {
      documentId
      title
      slug
      summary
      body
      taskType
      isTopTask
      lgslCode
      updatedAt
      serviceArea {
        title
        slug
      }
      supportLevel {
        key
        name
        summary
      }
      expectedResponse {
        amount
        unit
        sentence
      }
      contactChannels {
        kind
        label
        value
        availability
      }
      relatedPages(pagination: {pageSize: 10}) {
        title
        slug
      }
      communityHubs(pagination: {pageSize: 20}) {
        slug
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<ServicePagesQuery, ServicePagesQueryVariables>;
export const SiteSettingDocument = new TypedDocumentString(`
    query SiteSetting {
  siteSetting {
    councilName
    contactPhone
    contactPhoneHours
    contactEmail
    address
    urgentHelp
    outOfHoursPhone
    phase
  }
}
    `) as unknown as TypedDocumentString<SiteSettingQuery, SiteSettingQueryVariables>;
export const SupportLevelsDocument = new TypedDocumentString(`
    query SupportLevels($page: Int!, $pageSize: Int!) {
  supportLevels_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["rank:asc"]
  ) {
    nodes {
      key
      rank
      name
      summary
      explanation
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<SupportLevelsQuery, SupportLevelsQueryVariables>;
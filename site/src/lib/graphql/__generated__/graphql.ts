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

export type Enum_Componentbinsexception_Bin =
  | 'food_waste'
  | 'garden_waste'
  | 'recycling'
  | 'rubbish';

export type Enum_Componentbinsservice_Bin =
  | 'food_waste'
  | 'garden_waste'
  | 'recycling'
  | 'rubbish';

export type Enum_Componentbinsservice_Colour =
  | 'black'
  | 'blue'
  | 'brown'
  | 'green'
  | 'grey'
  | 'purple';

export type Enum_Componentbinsservice_Weekday =
  | 'friday'
  | 'monday'
  | 'thursday'
  | 'tuesday'
  | 'wednesday';

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

export type BinRoundsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type BinRoundsQuery = { binRounds_connection: { nodes: Array<{ usrn: number, streetName: string, locality: string, postcodes: string | null, services: Array<{ bin: Enum_Componentbinsservice_Bin, name: string | null, colour: Enum_Componentbinsservice_Colour, weekday: Enum_Componentbinsservice_Weekday, everyWeeks: number, firstCollection: string } | null> | null, exceptions: Array<{ originalDate: string, newDate: string, bin: Enum_Componentbinsexception_Bin | null, reason: string } | null> | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type CommunityHubsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type CommunityHubsQuery = { communityHubs_connection: { nodes: Array<{ documentId: string, name: string, slug: string, summary: string, address: string, town: string, postcode: string, latitude: number, longitude: number, helpAvailable: unknown, accessibility: string, phone: string | null, email: string | null, updatedAt: string | null, openingTimes: Array<{ day: Enum_Componenthubopeningtime_Day, opens: string, closes: string, note: string | null } | null> | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type FormDefinitionsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type FormDefinitionsQuery = { formDefinitions_connection: { nodes: Array<{ documentId: string, title: string, slug: string, introduction: string | null, checkAnswers: boolean, confirmation: string, retentionDays: number, version: number | null, expectedResponse: { amount: number, unit: Enum_Componentserviceexpectedresponse_Unit, sentence: string | null } | null, questions: Array<
        | { __typename: 'ComponentFormCheckboxes', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, maxSelected: number | null, options: Array<{ value: string, label: string, hint: string | null } | null> | null }
        | { __typename: 'ComponentFormDate', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, earliest: string | null, latest: string | null }
        | { __typename: 'ComponentFormEmail', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null }
        | { __typename: 'ComponentFormExitPage', pageId: string, body: string, exitTitle: string, showIf: Array<{ field: string, equals: string } | null> | null }
        | { __typename: 'ComponentFormFileUpload', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, maxSizeMb: number, fileTypes: string }
        | { __typename: 'ComponentFormHidden', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, maxLength: number | null }
        | { __typename: 'ComponentFormLongText', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, minLength: number | null, maxLength: number | null }
        | { __typename: 'ComponentFormNumber', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, min: number | null, max: number | null, wholeNumber: boolean }
        | { __typename: 'ComponentFormPageBreak', pageId: string, title: string | null, showIf: Array<{ field: string, equals: string } | null> | null }
        | { __typename: 'ComponentFormRadios', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, options: Array<{ value: string, label: string, hint: string | null } | null> | null }
        | { __typename: 'ComponentFormSelect', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, options: Array<{ value: string, label: string, hint: string | null } | null> | null }
        | { __typename: 'ComponentFormShortText', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null, minLength: number | null, maxLength: number | null }
        | { __typename: 'ComponentFormUkAddress', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null }
        | { __typename: 'ComponentFormUkPhone', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null }
        | { __typename: 'ComponentFormUkPostcode', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null }
        | { __typename: 'ComponentFormYesNo', name: string, label: string, hint: string | null, optional: boolean, errorName: string | null }
        | { __typename: 'Error', code: string, message: string | null }
       | null> | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type ConditionFieldsFragment = { field: string, equals: string };

export type OptionFieldsFragment = { value: string, label: string, hint: string | null };

export type InfoPagesQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type InfoPagesQuery = { infoPages_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string, body: unknown, showInFooter: boolean, updatedAt: string | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type PageInfoFieldsFragment = { page: number, pageCount: number, total: number };

export type RedirectsQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type RedirectsQuery = { redirects_connection: { nodes: Array<{ fromPath: string, toPath: string }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

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


export type ServicePagesQuery = { servicePages_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string, body: unknown, taskType: Enum_Servicepage_Tasktype, isTopTask: boolean, promotedMonths: string | null, lgslCode: number | null, updatedAt: string | null, serviceArea: { title: string, slug: string } | null, supportLevel: { key: Enum_Supportlevel_Key, name: string, summary: string } | null, expectedResponse: { amount: number, unit: Enum_Componentserviceexpectedresponse_Unit, sentence: string | null } | null, contactChannels: Array<{ kind: Enum_Componentservicecontactchannel_Kind, label: string, value: string, availability: string | null } | null> | null, relatedPages: Array<{ title: string, slug: string } | null>, communityHubs: Array<{ slug: string } | null>, form: { slug: string, title: string } | null }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

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
export const ConditionFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConditionFields on ComponentFormCondition {
  field
  equals
}
    `, {"fragmentName":"ConditionFields"}) as unknown as TypedDocumentString<ConditionFieldsFragment, unknown>;
export const OptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment OptionFields on ComponentFormOption {
  value
  label
  hint
}
    `, {"fragmentName":"OptionFields"}) as unknown as TypedDocumentString<OptionFieldsFragment, unknown>;
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
export const BinRoundsDocument = new TypedDocumentString(`
    query BinRounds($page: Int!, $pageSize: Int!) {
  binRounds_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["usrn:asc"]
  ) {
    nodes {
      usrn
      streetName
      locality
      postcodes
      services(pagination: {pageSize: 8}) {
        bin
        name
        colour
        weekday
        everyWeeks
        firstCollection
      }
      exceptions(pagination: {pageSize: 100}) {
        originalDate
        newDate
        bin
        reason
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
}`) as unknown as TypedDocumentString<BinRoundsQuery, BinRoundsQueryVariables>;
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
export const FormDefinitionsDocument = new TypedDocumentString(`
    query FormDefinitions($page: Int!, $pageSize: Int!) {
  formDefinitions_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["slug:asc"]
  ) {
    nodes {
      documentId
      title
      slug
      introduction
      checkAnswers
      confirmation
      retentionDays
      version
      expectedResponse {
        amount
        unit
        sentence
      }
      questions {
        __typename
        ... on ComponentFormPageBreak {
          pageId
          title
          showIf(pagination: {pageSize: 20}) {
            ...ConditionFields
          }
        }
        ... on ComponentFormExitPage {
          pageId
          exitTitle: title
          body
          showIf(pagination: {pageSize: 20}) {
            ...ConditionFields
          }
        }
        ... on ComponentFormShortText {
          name
          label
          hint
          optional
          errorName
          minLength
          maxLength
        }
        ... on ComponentFormLongText {
          name
          label
          hint
          optional
          errorName
          minLength
          maxLength
        }
        ... on ComponentFormEmail {
          name
          label
          hint
          optional
          errorName
        }
        ... on ComponentFormUkPhone {
          name
          label
          hint
          optional
          errorName
        }
        ... on ComponentFormUkPostcode {
          name
          label
          hint
          optional
          errorName
        }
        ... on ComponentFormUkAddress {
          name
          label
          hint
          optional
          errorName
        }
        ... on ComponentFormDate {
          name
          label
          hint
          optional
          errorName
          earliest
          latest
        }
        ... on ComponentFormNumber {
          name
          label
          hint
          optional
          errorName
          min
          max
          wholeNumber
        }
        ... on ComponentFormYesNo {
          name
          label
          hint
          optional
          errorName
        }
        ... on ComponentFormRadios {
          name
          label
          hint
          optional
          errorName
          options(pagination: {pageSize: 100}) {
            ...OptionFields
          }
        }
        ... on ComponentFormSelect {
          name
          label
          hint
          optional
          errorName
          options(pagination: {pageSize: 100}) {
            ...OptionFields
          }
        }
        ... on ComponentFormCheckboxes {
          name
          label
          hint
          optional
          errorName
          maxSelected
          options(pagination: {pageSize: 100}) {
            ...OptionFields
          }
        }
        ... on ComponentFormFileUpload {
          name
          label
          hint
          optional
          errorName
          maxSizeMb
          fileTypes
        }
        ... on ComponentFormHidden {
          name
          label
          hint
          optional
          errorName
          maxLength
        }
        ... on Error {
          code
          message
        }
      }
    }
    pageInfo {
      ...PageInfoFields
    }
  }
}
    fragment ConditionFields on ComponentFormCondition {
  field
  equals
}
fragment OptionFields on ComponentFormOption {
  value
  label
  hint
}
fragment PageInfoFields on Pagination {
  page
  pageCount
  total
}`) as unknown as TypedDocumentString<FormDefinitionsQuery, FormDefinitionsQueryVariables>;
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
export const RedirectsDocument = new TypedDocumentString(`
    query Redirects($page: Int!, $pageSize: Int!) {
  redirects_connection(
    pagination: {page: $page, pageSize: $pageSize}
    sort: ["fromPath:asc"]
  ) {
    nodes {
      fromPath
      toPath
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
}`) as unknown as TypedDocumentString<RedirectsQuery, RedirectsQueryVariables>;
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
      promotedMonths
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
      form {
        slug
        title
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
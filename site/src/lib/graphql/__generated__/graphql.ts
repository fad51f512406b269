/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type Enum_Supportlevel_Key =
  | 'level_0'
  | 'level_1'
  | 'level_2'
  | 'level_3';

export type ServiceAreasQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type ServiceAreasQuery = { serviceAreas_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

export type ServicePagesQueryVariables = Exact<{
  page: number;
  pageSize: number;
}>;


export type ServicePagesQuery = { servicePages_connection: { nodes: Array<{ documentId: string, title: string, slug: string, summary: string, body: unknown, taskType: Enum_Servicepage_Tasktype, isTopTask: boolean, lgslCode: number | null, updatedAt: string | null, serviceArea: { title: string, slug: string } | null, supportLevel: { key: Enum_Supportlevel_Key, name: string, summary: string } | null, expectedResponse: { amount: number, unit: Enum_Componentserviceexpectedresponse_Unit, sentence: string | null } | null, contactChannels: Array<{ kind: Enum_Componentservicecontactchannel_Kind, label: string, value: string, availability: string | null } | null> | null, relatedPages: Array<{ title: string, slug: string } | null> }>, pageInfo: { page: number, pageCount: number, total: number } } | null };

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
      page
      pageCount
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceAreasQuery, ServiceAreasQueryVariables>;
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
    }
    pageInfo {
      page
      pageCount
      total
    }
  }
}
    `) as unknown as TypedDocumentString<ServicePagesQuery, ServicePagesQueryVariables>;
import type { Core } from '@strapi/strapi';
import { z } from 'zod';

/**
 * Where Strapi keeps a verge and its cuts, read from Strapi's own database metadata
 * rather than hard-coded, so a rename in the schema cannot leave the bulk writer
 * writing to the wrong place: the verges table, the cuts table, and the link table
 * Strapi uses for repeatable components (entity, component, type, field, order).
 */
import { VERGE_UID } from '../../verges/uid';

export { VERGE_UID };
export const CUT_UID = 'verge.cut';

const attribute = z.looseObject({ columnName: z.string().optional() });
const cutsJoin = z.object({
  joinTable: z.object({
    name: z.string(),
    joinColumn: z.object({ name: z.string() }),
    inverseJoinColumn: z.object({ name: z.string() }),
    // [entity, component, field, component type], as Strapi lists them.
    pivotColumns: z.tuple([z.string(), z.string(), z.string(), z.string()]),
    on: z.object({ field: z.string() }),
    orderColumnName: z.string(),
  }),
});
const metadata = z.looseObject({ tableName: z.string(), attributes: z.record(z.string(), attribute) });

export interface VergeTables {
  verges: string;
  cuts: string;
  links: {
    table: string;
    entity: string;
    component: string;
    type: string;
    field: string;
    order: string;
    /** The value of `field` for the cuts, "cuts". */
    fieldValue: string;
  };
  column(attributeName: string): string;
  cutColumn(attributeName: string): string;
}

export function vergeTables(strapi: Core.Strapi): VergeTables {
  const verge = metadata.parse(strapi.db.metadata.get(VERGE_UID));
  const cut = metadata.parse(strapi.db.metadata.get(CUT_UID));
  const { joinTable } = cutsJoin.parse(verge.attributes.cuts);
  return {
    verges: verge.tableName,
    cuts: cut.tableName,
    links: {
      table: joinTable.name,
      entity: joinTable.joinColumn.name,
      component: joinTable.inverseJoinColumn.name,
      type: joinTable.pivotColumns[3],
      field: joinTable.pivotColumns[2],
      order: joinTable.orderColumnName,
      fieldValue: joinTable.on.field,
    },
    column: (attributeName) => columnOf(verge.attributes, attributeName, 'verge content type'),
    cutColumn: (attributeName) => columnOf(cut.attributes, attributeName, 'verge cut component'),
  };
}

function columnOf(attributes: Record<string, { columnName?: string }>, name: string, what: string): string {
  const column = attributes[name]?.columnName;
  if (!column) throw new Error(`The ${what} has no column for "${name}"`);
  return column;
}

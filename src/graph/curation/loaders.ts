// Reading the audit log: a root connection, newest first.
import { Prisma } from "../../generated/prisma/client";
import { loadPage, pageRequest, type Ordering, type PageArgs } from "../connection";
import { conditions, rowLoader, type LoaderSettings } from "../loader";

/** An audit_log row with the name of the key that wrote it. */
export interface AuditEntryRow {
  id: number;
  action: string;
  entityType: string;
  entityId: number;
  apiKeyName: string | null;
  createdAt: Date;
  before: unknown;
  after: unknown;
}

export interface AuditLogQuery {
  entityType?: string;
  entityId?: number;
  action?: string | null;
}

/** The audit_log table joined to the key that wrote each entry. */
const ofAuditLog = {
  select: Prisma.sql`audit_log.id, audit_log.action, audit_log.entity_type AS "entityType", audit_log.entity_id AS "entityId",
    api_key.name AS "apiKeyName", audit_log.created_at AS "createdAt", audit_log.before, audit_log.after`,
  from: Prisma.sql`audit_log LEFT JOIN api_key ON api_key.id = audit_log.api_key_id`,
};

const newestFirst: Ordering = { name: "audit_newest", keys: [{ sql: Prisma.sql`audit_log.id`, type: "int" }], descending: true };

export function curationLoaders(settings: LoaderSettings) {
  return {
    auditEntryById: rowLoader(settings, { ...ofAuditLog, key: Prisma.sql`audit_log.id`, toValue: (row) => row as unknown as AuditEntryRow }),

    auditLog: (filter: AuditLogQuery, args: PageArgs) =>
      loadPage<{ node: AuditEntryRow }>(
        settings.pool,
        {
          ...ofAuditLog,
          where: conditions(
            filter.entityType !== undefined && Prisma.sql`audit_log.entity_type = ${filter.entityType}`,
            filter.entityId !== undefined && Prisma.sql`audit_log.entity_id = ${filter.entityId}`,
            filter.action && Prisma.sql`audit_log.action = ${filter.action}`,
          ),
          ordering: newestFirst,
          toEdge: (row) => ({ node: row as unknown as AuditEntryRow }),
        },
        pageRequest(args),
      ),
  };
}

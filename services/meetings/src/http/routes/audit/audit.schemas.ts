import { Type } from 'typebox';
import { Instant, pageOf, pageQueryProperties, Uuid } from '../../schemas/common';

export const AuditEntrySchema = Type.Object(
  {
    id: Uuid(),
    actor: Type.String({
      description: '`owner:<id>` or `public:<hash of the ip>`',
      examples: ['owner:6f1c7a52-6c1e-4b0e-9a57-1f1d3c3f2a10'],
    }),
    action: Type.String({ examples: ['link.updated'] }),
    targetType: Type.Enum(['link', 'template', 'one_time_link', 'booking']),
    targetId: Uuid(),
    summary: Type.String({ examples: ['changed title, settings.durations'] }),
    occurredAt: Instant(),
  },
  { $id: 'AuditEntry', description: 'Who did what, when, to which object', additionalProperties: false },
);

export const AuditPageSchema = pageOf(AuditEntrySchema, 'AuditPage');

export const ListAuditQuery = Type.Object(
  { ...pageQueryProperties, targetId: Type.Optional(Uuid('Only entries about this link, template, ...')) },
  { additionalProperties: false },
);

export const auditSchemas = [AuditEntrySchema, AuditPageSchema];

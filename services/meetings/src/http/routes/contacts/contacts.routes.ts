import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Container } from '../../../container';
import { addSchemas, ProblemSchema, ref } from '../../schemas/common';

export const ContactSchema = Type.Object(
  {
    email: Type.String(),
    name: Type.Optional(Type.String()),
    source: Type.Enum(['google', 'microsoft'], { description: 'The address book it came from' }),
  },
  { $id: 'Contact', additionalProperties: false },
);

export const ContactListSchema = Type.Object(
  { items: Type.Array(ref(ContactSchema)) },
  { $id: 'ContactList', additionalProperties: false },
);

export const contactSchemas = [ContactSchema, ContactListSchema];

export const contactsRoutes: FastifyPluginAsyncTypebox<
  Pick<Container['contacts'], 'searchContacts'>
> = async (app, contacts) => {
  addSchemas(app, contactSchemas);
  app.get(
    '/contacts',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'searchContacts',
        tags: ['contacts'],
        security: [{ bearerAuth: [] }],
        summary: 'Autocomplete from the connected address books (3+ characters; one entry per address)',
        querystring: Type.Object({ q: Type.String({ maxLength: 200, default: '' }) }),
        response: { 200: ref(ContactListSchema), 400: ref(ProblemSchema), 401: ref(ProblemSchema) },
      },
    },
    async (request) => contacts.searchContacts(request.owner.id, request.query.q),
  );
};

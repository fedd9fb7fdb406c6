import { Type } from 'typebox';
import { ref } from '../../schemas/common';

export const SignInRequestSchema = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320, examples: ['owner@example.com'] }) },
  { $id: 'SignInRequest', additionalProperties: false },
);

export const SignInLinkSentSchema = Type.Object(
  { status: Type.Literal('sent'), expiresInMinutes: Type.Integer({ examples: [15] }) },
  { $id: 'SignInLinkSent', additionalProperties: false },
);

export const VerifySignInSchema = Type.Object(
  { token: Type.String({ minLength: 10, maxLength: 200 }) },
  { $id: 'VerifySignIn', additionalProperties: false },
);

export const OwnerSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String(),
    timeZone: Type.String({ examples: ['Europe/Berlin'] }),
  },
  { $id: 'Owner', additionalProperties: false },
);

export const SessionSchema = Type.Object(
  {
    accessToken: Type.String({ description: 'Bearer token (JWT) for owner routes' }),
    expiresAt: Type.String({ format: 'date-time' }),
    owner: ref(OwnerSchema),
  },
  { $id: 'Session', additionalProperties: false },
);

export const authSchemas = [
  SignInRequestSchema,
  SignInLinkSentSchema,
  VerifySignInSchema,
  OwnerSchema,
  SessionSchema,
];

import { Type } from 'typebox';
import { ref } from '../../schemas/common';

export const SignInRequestSchema = Type.Object(
  { email: Type.String({ format: 'email', maxLength: 320, examples: ['owner@example.com'] }) },
  { $id: 'SignInRequest', additionalProperties: false },
);

export const SignInLinkSentSchema = Type.Object(
  {
    status: Type.Literal('sent'),
    expiresInMinutes: Type.Integer({ examples: [15] }),
    delivery: Type.Enum(['email', 'server'], {
      description:
        'email: mailed through SMTP. server: no SMTP server is configured (SMTP_URL), so the link was not mailed: it is in the service log (the line "mail written to …", field `links`) and in an .eml file under DATA_DIR/mail',
    }),
  },
  { $id: 'SignInLinkSent', additionalProperties: false },
);

export const VerifySignInSchema = Type.Object(
  {
    token: Type.String({ minLength: 10, maxLength: 200 }),
    timeZone: Type.Optional(
      Type.String({
        maxLength: 64,
        description: 'The browser’s IANA zone: becomes the owner’s zone until they choose one',
        examples: ['Europe/Berlin'],
      }),
    ),
  },
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

export const ProfileSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.String({ examples: ['Ann Example'] }),
    timeZone: Type.String({ examples: ['Europe/Berlin'] }),
    locale: Type.Union([Type.String(), Type.Null()], {
      description: 'BCP 47 language tag the owner prefers; null follows the browser',
      examples: ['en-GB'],
    }),
    avatarUrl: Type.Union([Type.String(), Type.Null()], {
      description:
        'The owner’s photo (square WebP); the URL changes with the photo, so it can be cached for good',
    }),
  },
  { $id: 'Profile', additionalProperties: false },
);

export const ProfileUpdateSchema = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    timeZone: Type.Optional(Type.String({ maxLength: 64, examples: ['Asia/Kolkata'] })),
    locale: Type.Optional(Type.Union([Type.String({ minLength: 2, maxLength: 35 }), Type.Null()])),
    avatar: Type.Optional(
      Type.Union([Type.String({ maxLength: 1_400_000 }), Type.Null()], {
        description:
          'A `data:image/…;base64,` URL of a PNG, JPEG, WebP or GIF of at most 256 kB (re-encoded to a 256×256 WebP); null removes the photo',
      }),
    ),
  },
  { $id: 'ProfileUpdate', additionalProperties: false },
);

export const authSchemas = [
  SignInRequestSchema,
  SignInLinkSentSchema,
  VerifySignInSchema,
  OwnerSchema,
  SessionSchema,
];

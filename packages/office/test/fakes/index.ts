export type { Fault } from './fault-plan';
export { FaultPlan } from './fault-plan';
export type { GoogleFakeCalendar, GoogleFakeEvent, GoogleFakePerson } from './google-fake';
export { GoogleFake, googleErrorBody } from './google-fake';
export type { GraphFakeCalendar, GraphFakeContact, GraphFakeEvent } from './graph-fake';
export { GraphFake, graphErrorBody } from './graph-fake';
export type { RecordedRequest } from './http-kit';
export type { RecordingSink } from './recording-sink';
export { createRecordingSink, recordingRetryPolicy } from './recording-sink';
export type { TestCertificate } from './test-certificate';
export { createTestCertificate } from './test-certificate';
export type {
  AuthorizationAsked,
  ConsentRedirect,
  IssuedTokens,
  TokenFakeOptions,
} from './token-fake';
export { TokenFake } from './token-fake';

export type { Fault } from './fault-plan';
export { FaultPlan } from './fault-plan';
export type { GoogleFakeCalendar, GoogleFakeEvent, GoogleFakePerson } from './google-fake';
export { GoogleFake, googleErrorBody } from './google-fake';
export type { RecordedRequest } from './http-kit';
export type { RecordingSink } from './recording-sink';
export { createRecordingSink, recordingRetryPolicy } from './recording-sink';
export type { IssuedTokens, TokenFakeOptions } from './token-fake';
export { TokenFake } from './token-fake';

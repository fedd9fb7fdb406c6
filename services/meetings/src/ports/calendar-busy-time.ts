/** Busy time from the owner's connected calendars (every selected calendar of every connection). */
export interface CalendarBusyPort {
  getBusy(ownerId: string, range: { start: Date; end: Date }): Promise<{ start: Date; end: Date }[]>;
}

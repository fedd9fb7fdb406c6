/** Busy time from the owner's connected calendars; the owner's own bookings are added separately. */
export interface BusyTimePort {
  getBusy(ownerId: string, range: { start: Date; end: Date }): Promise<{ start: Date; end: Date }[]>;
}

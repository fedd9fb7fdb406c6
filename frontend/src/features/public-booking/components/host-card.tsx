import { formatMinutes } from '@bookings/wording';
import { Avatar } from '../../../components/ui/avatar';
import { formatDateTime } from '../../../lib/format-time';
import type { PublicLink } from '../api/public-booking';
import { LinkifiedText } from './linkified-text';

export interface HostCardProps {
  link: PublicLink;
  duration: number;
  timeZone: string;
  /** Absent on the confirmation: the length is chosen by then. */
  onDurationChange?: ((minutes: number) => void) | undefined;
}

/** Who the meeting is with and what it is: photo or initials, name, title, length, the owner's description. */
export function HostCard({ link, duration, timeZone, onDurationChange }: HostCardProps) {
  const canChoose = onDurationChange && link.durations.length > 1;
  return (
    <section className="booking-card__host host-card" aria-labelledby="public-title">
      <div className="host-card__person">
        <Avatar name={link.ownerName} url={link.ownerAvatarUrl} />
        <p className="host-card__name">{link.ownerName}</p>
      </div>
      <h1 id="public-title" className="host-card__title">
        {link.title}
      </h1>
      {canChoose ? (
        <fieldset className="duration-choice">
          <legend className="duration-choice__legend">Meeting length</legend>
          <div className="duration-choice__options">
            {link.durations.map((minutes) => (
              <label key={minutes} className="duration-choice__option">
                <input
                  type="radio"
                  name="duration"
                  checked={duration === minutes}
                  onChange={() => onDurationChange(minutes)}
                />
                {formatMinutes(minutes)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : (
        <p className="host-card__fact">
          <span aria-hidden="true">◷ </span>
          {formatMinutes(duration)}
        </p>
      )}
      {link.kind === 'one_time' && link.expiresAt ? (
        <p className="host-card__fact muted">
          This personal link works once, until {formatDateTime(link.expiresAt, timeZone)}.
        </p>
      ) : null}
      {link.description ? (
        <p className="host-card__description">
          <LinkifiedText text={link.description} />
        </p>
      ) : null}
    </section>
  );
}

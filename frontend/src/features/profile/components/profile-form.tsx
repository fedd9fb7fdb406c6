import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { describeError, fieldErrorFor } from '../../../lib/api-error';
import type { Owner } from '../../../lib/signed-in-owner';
import { detectTimeZone, listTimeZones } from '../../../lib/time-zones';
import { MAX_AVATAR_BYTES, readAsDataUrl, useUpdateProfile } from '../api/update-profile';

const LANGUAGES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'it-IT', 'nl-NL', 'pt-BR', 'he-IL', 'ja-JP'];

/** Name, zone, language and photo: what visitors see on the booking page and how dates read here. */
export function ProfileForm({ owner }: { owner: Owner }) {
  const save = useUpdateProfile();
  const photoId = useId();
  const [name, setName] = useState(owner.name);
  const [timeZone, setTimeZone] = useState(owner.timeZone);
  const [locale, setLocale] = useState(owner.locale ?? '');
  const [photoProblem, setPhotoProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const zones = listTimeZones();
  const zoneOptions = (zones.includes(timeZone) ? zones : [timeZone, ...zones]).map((zone) => ({
    value: zone,
    label: zone.replace(/_/g, ' '),
  }));
  const languageOptions = [
    { value: '', label: 'The browser’s language' },
    ...LANGUAGES.map((tag) => ({
      value: tag,
      label: new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag,
    })),
  ];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    save.mutate(
      { name: name.trim(), timeZone, locale: locale || null },
      { onSuccess: () => setSaved('Profile saved.') },
    );
  }

  async function choosePhoto(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setSaved(null);
    if (!file) return;
    if (file.size > MAX_AVATAR_BYTES) {
      setPhotoProblem('Choose a photo of at most 256 kB.');
      return;
    }
    setPhotoProblem(null);
    save.mutate({ avatar: await readAsDataUrl(file) }, { onSuccess: () => setSaved('Photo saved.') });
  }

  return (
    <div className="stack profile">
      <section className="card stack" aria-labelledby="photo-title">
        <h2 id="photo-title">Photo</h2>
        <div className="row">
          <Avatar name={owner.name || owner.email} url={owner.avatarUrl} size={72} alt="Your photo" />
          <label className="button button--secondary" htmlFor={photoId}>
            {owner.avatarUrl ? 'Change photo' : 'Add a photo'}
          </label>
          <input
            id={photoId}
            className="visually-hidden"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/gif"
            aria-describedby={`${photoId}-hint`}
            onChange={choosePhoto}
          />
          {owner.avatarUrl ? (
            <Button
              variant="ghost"
              onClick={() => save.mutate({ avatar: null }, { onSuccess: () => setSaved('Photo removed.') })}
            >
              Remove photo
            </Button>
          ) : null}
        </div>
        <p className="field__hint" id={`${photoId}-hint`}>
          PNG, JPEG or WebP up to 256 kB. It is cropped to a square; booking pages show it next to your name.
        </p>
        {(photoProblem ?? fieldErrorFor(save.error, 'avatar')) ? (
          <p className="field__error" role="alert">
            {photoProblem ?? fieldErrorFor(save.error, 'avatar')}
          </p>
        ) : null}
      </section>
      <form className="card stack" onSubmit={submit} aria-labelledby="details-title">
        <h2 id="details-title">Details</h2>
        <TextField
          label="Name"
          required
          autoComplete="name"
          value={name}
          error={fieldErrorFor(save.error, 'name')}
          hint="Shown to visitors on your booking pages and in invitations."
          onChange={(event) => setName(event.target.value)}
        />
        <SelectField
          label="Time zone"
          value={timeZone}
          options={zoneOptions}
          error={fieldErrorFor(save.error, 'timeZone')}
          onChange={(event) => setTimeZone(event.target.value)}
        />
        {timeZone !== detectTimeZone() ? (
          <p className="field__hint">This browser is in {detectTimeZone().replace(/_/g, ' ')}.</p>
        ) : null}
        <SelectField
          label="Language for dates"
          value={locale}
          options={languageOptions}
          error={fieldErrorFor(save.error, 'locale')}
          onChange={(event) => setLocale(event.target.value)}
        />
        {save.isError && !fieldErrorFor(save.error, 'avatar') ? (
          <Alert tone="error">{describeError(save.error)}</Alert>
        ) : null}
        <div className="row">
          <Button type="submit" isBusy={save.isPending}>
            Save profile
          </Button>
          <output aria-live="polite">{saved}</output>
        </div>
      </form>
    </div>
  );
}

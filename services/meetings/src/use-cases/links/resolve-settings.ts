import {
  type LinkSettings,
  type LinkSettingsPatch,
  mergeLinkSettings,
  validateLinkSettings,
} from '../../domain/links/link-settings';
import { DomainError } from '../../domain/shared/domain-error';

/** Applies a partial settings change and accepts the result only when it is valid as a whole. */
export function resolveSettings(current: LinkSettings, patch: LinkSettingsPatch | undefined): LinkSettings {
  const merged = patch ? mergeLinkSettings(current, patch) : current;
  const errors = validateLinkSettings(merged);
  if (errors.length > 0) {
    throw new DomainError(
      'validation_failed',
      `The link settings are invalid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      errors,
    );
  }
  return merged;
}

import { DomainError } from '../../domain/shared/domain-error';

/** Unknown and someone else's look the same, so an id never confirms that another owner's row exists. */
export const notFound = (what: string, id: string): DomainError =>
  new DomainError('not_found', `No ${what} with id ${id}.`);

import type { TemplateContent } from '../domain/templates/questions';
import type { PageRequest } from './pagination';

export interface TemplateRecord extends TemplateContent {
  id: string;
  ownerId: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface TemplatesRepository {
  insert(template: TemplateContent & { ownerId: string }): Promise<TemplateRecord>;
  findOwned(ownerId: string, id: string): Promise<TemplateRecord | null>;
  /** Newest first. */
  listOwned(ownerId: string, page: PageRequest): Promise<TemplateRecord[]>;
  update(
    ownerId: string,
    id: string,
    changes: Partial<TemplateContent>,
    at: Date,
  ): Promise<TemplateRecord | null>;
  /** True when a live (not deleted) link of the owner uses the template. */
  isInUse(ownerId: string, id: string): Promise<boolean>;
  /** Deletes it and detaches it from the owner's deleted links, which still point at it. */
  delete(ownerId: string, id: string): Promise<boolean>;
}

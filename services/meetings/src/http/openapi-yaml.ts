import { stringify } from 'yaml';

/**
 * The OpenAPI document as YAML that reads the same in every parser. YAML 1.1 readers (PyYAML, SnakeYAML) take
 * an unquoted 17:00 for the integer 1020 and 2026-12-01 for a date: written for YAML 1.1, such strings are
 * quoted (still plain YAML 1.2). A schema used twice is written out twice, never as an alias (*a1), which
 * some generators do not follow.
 */
export function openApiYaml(document: unknown): string {
  return stringify(document, { version: '1.1', aliasDuplicateObjects: false });
}

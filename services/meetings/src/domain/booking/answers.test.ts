import { describe, expect, it } from 'vitest';
import type { Question } from '../templates/questions';
import { validateAnswers } from './answers';

const questions: Question[] = [
  { id: 'topic', label: 'Topic', kind: 'text', required: true },
  { id: 'notes', label: 'Notes', kind: 'long_text', required: false },
  { id: 'email', label: 'Work email', kind: 'email', required: false },
  { id: 'phone', label: 'Phone', kind: 'phone', required: false },
  { id: 'format', label: 'Format', kind: 'single_choice', required: true, options: ['Video', 'Phone'] },
  { id: 'areas', label: 'Areas', kind: 'multi_choice', required: false, options: ['A', 'B'] },
  { id: 'consent', label: 'Consent', kind: 'checkbox', required: true },
];

describe('validateAnswers', () => {
  it('accepts valid answers and trims text', () => {
    const result = validateAnswers(questions, {
      topic: '  Pricing ',
      format: 'Video',
      areas: ['A', 'B'],
      consent: true,
      phone: '+49 30 1234567',
    });
    expect(result).toEqual({
      ok: true,
      answers: {
        topic: 'Pricing',
        format: 'Video',
        areas: ['A', 'B'],
        consent: true,
        phone: '+49 30 1234567',
      },
    });
  });

  it('names every bad field', () => {
    const result = validateAnswers(questions, {
      topic: '   ',
      email: 'nope',
      phone: 'call me',
      format: 'Carrier pigeon',
      areas: ['A', 'A'],
      consent: false,
      extra: 'x',
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: 'answers.extra', message: 'is not a question of this form' },
        { path: 'answers.topic', message: 'is required' },
        { path: 'answers.email', message: 'must be an email address' },
        { path: 'answers.phone', message: 'must be a phone number' },
        { path: 'answers.format', message: 'must be one of: Video, Phone' },
        { path: 'answers.areas', message: 'must not repeat a choice' },
        { path: 'answers.consent', message: 'must be checked' },
      ],
    });
  });

  it('checks kinds', () => {
    const result = validateAnswers(questions, { topic: ['x'], format: 'Video', consent: 'yes', areas: 'A' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => e.message)).toEqual([
        'must be text',
        'must be a list of choices',
        'must be true or false',
      ]);
    }
  });
});

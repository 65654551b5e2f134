/** The eval's meaning-preserving perturbations are deterministic and change only what they say. */
import { describe, expect, it } from 'vitest';
import { PERTURBATIONS, perturbTurn } from '../../plugins/medical/eval/perturbMessage.ts';

const first = { message: "I'm a 58 year old man. I can't catch my breath. My chest feels heavy and I've been sweating.", profile: { age: 58, sex: 'male' as const } };
const note = { message: '71 year old female. She presents with haemorrhage from the rectum. She is grey and dizzy.', profile: undefined };

describe('perturbTurn', () => {
  it('is deterministic for a seed', () => {
    for (const kind of PERTURBATIONS) expect(perturbTurn(first, kind, 'L2'), kind).toEqual(perturbTurn(first, kind, 'L2'));
  });

  it('rewrites the way the message is written', () => {
    expect(perturbTurn(first, 'reorder', 'L2')?.message.split('. ').length).toBe(3);
    expect(perturbTurn(first, 'reorder', 'L2')?.message).not.toBe(first.message);
    expect(perturbTurn(first, 'drop_demographics', 'L2')).toEqual({ message: "I can't catch my breath. My chest feels heavy and I've been sweating.", profile: undefined });
    expect(perturbTurn(first, 'expand_contractions', 'L2')?.message).toBe('I am a 58 year old man. I cannot catch my breath. My chest feels heavy and I have been sweating.');
    expect(perturbTurn(first, 'switch_person', 'L2')?.message).toBe("My husband is a 58 year old man. He can't catch his breath. His chest feels heavy and he has been sweating.");
    expect(perturbTurn(note, 'switch_person', 'L2')?.message).toMatch(/^71 year old female\. I /);
    expect(perturbTurn(note, 'american', 'L2')?.message).toContain('hemorrhage');
    expect(perturbTurn(note, 'american', 'L2')?.message).toContain('gray');
    expect(perturbTurn(note, 'unpunctuated', 'L2')?.message).toBe('71 year old female She presents with haemorrhage from the rectum She is grey and dizzy');
  });

  it('says when a perturbation has nothing to change', () => {
    expect(perturbTurn(note, 'british', 'L2')).toBeUndefined();
    expect(perturbTurn(note, 'expand_contractions', 'L2')).toBeUndefined();
  });
});

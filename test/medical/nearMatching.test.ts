/**
 * A finding written with its words apart: "pain in my right eye" is "eye pain", "the knee is badly
 * swollen" is "swollen knee". The matcher finds a knowledge-base phrase's 2–3 content words within a
 * few words of each other, in any order, inside one stretch of text (no punctuation or joining word
 * between them) and with no negation among them. The phrases come from the knowledge base; none is
 * listed by hand. Our own phrasings, both sides of the line.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

const near = (text: string) => getKnowledgeIndex().matchSymptoms(text.toLowerCase()).filter((m) => m.near === true);
const nearTerms = (text: string) => near(text).map((m) => `${m.conditionId}:${m.term}`);

describe('words of one finding apart', () => {
  it('finds a finding whose words are separated by modifiers, in either order', () => {
    expect(nearTerms('a stabbing pain in the middle of my chest')).toContain('heart_attack:chest pain');
    expect(nearTerms('sharp pain inside my left eye')).toEqual(expect.arrayContaining([expect.stringMatching(/eye/)]));
    expect(nearTerms('a throbbing pain deep in my right ear')).toContain('ear_infection:ear pain');
  });

  it('does not join words across punctuation or a joining word', () => {
    for (const text of [
      'my eye looks normal but there is pain in my heel',
      'pain in my lower back. my chest is fine',
      'chest clear; pain only in the wrist',
      'the chest x-ray was normal and the pain is in my shoulder',
    ]) {
      expect(nearTerms(text).filter((t) => /chest pain|eye pain/.test(t)), text).toEqual([]);
    }
  });

  it('does not join words across a negation', () => {
    expect(nearTerms('pain in my ribs not my chest').filter((t) => t.includes('chest pain'))).toEqual([]);
  });

  it('keeps words far apart in one stretch apart', () => {
    expect(nearTerms('pain that wraps around my whole lower body near the old chest scar').filter((t) => t.includes('chest pain'))).toEqual([]);
  });

  it('a denied finding written apart stays denied', () => {
    const analysis = analyzeMessage('There is no pain in my left eye, just some watering.');
    expect(diagnose({ analysis }).possibilities.map((p) => p.supportingFindings.join(' '))).not.toContainEqual(expect.stringMatching(/pain in my left eye/));
  });

  it('ranks the condition a finding written apart describes', () => {
    const top = diagnose({ analysis: analyzeMessage('Sudden severe pain in my right eye with blurred vision, haloes around lights and vomiting.') }).possibilities[0];
    expect(top?.conditionId).toBe('acute_glaucoma');
  });

  it('raises no alarm on everyday complaints written with their words apart', () => {
    expectAlerts([
      'A dull ache at the back of my left knee after a long run yesterday.',
      'My right eye is a bit itchy and watery since I started gardening.',
      'Mild soreness on the side of my big toe from new shoes.',
      'Some pain at the top of my foot when I wear tight trainers.',
      'A sore spot on the inside of my cheek where I bit it.',
    ], false);
  });

  it('still alerts on an emergency written with its words apart', () => {
    expectAlerts([
      'Crushing pain in the centre of my chest spreading to my jaw, and I am sweating.',
      'Sudden pain in the left side of my chest with breathlessness after a long flight, and my calf is swollen.',
    ], true);
  });

  it('matches a phrase written as in the knowledge base only inside one stretch too', () => {
    const terms = (text: string) => getKnowledgeIndex().matchSymptoms(text).map((m) => `${m.term}[${text.slice(m.start, m.end)}]`);
    expect(terms('my left eye waters, and bulging veins stand out on my legs')).not.toContainEqual(expect.stringMatching(/^bulging eye\[eye/));
    expect(terms('my right eye is bulging forward')).toContainEqual(expect.stringMatching(/^bulging eye/));
  });
});

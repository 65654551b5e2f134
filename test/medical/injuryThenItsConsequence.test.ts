/**
 * An injury followed by the sign of what it broke or tore is the emergency, however the sign is told:
 * a belly that swells or goes hard after a blow (bleeding inside), tingling in both arms or legs after
 * a fall or a crash told limbs first ("both my arms are tingling", "his arms and legs feel weak": one
 * clause, the two limbs one subject), a painful hip and no standing after a fall at any age. Minor
 * knocks stay minor. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('an injury and its consequence', () => {
  it('a blow to the belly, then a belly that swells or goes hard', () => {
    expectRuleFires('abdominal_blow', [
      'took a knee to the stomach in football and now my tummy is swelling up and I feel faint',
      'the handlebars went into his belly when he came off his bike, his tummy is hard',
      'I was kicked in the belly an hour ago and my stomach looks distended',
    ]);
  });

  it('limbs on both sides after a fall or crash, told limbs first', () => {
    expectRuleFires('spinal_injury', [
      'came off the trampoline onto my neck and both my hands are tingling',
      'my son fell out of the tree and his arms and legs feel weak',
      'after the car crash both of her legs have gone numb',
    ]);
  });

  it('a painful hip and no standing after a fall, at any age', () => {
    expectRuleFires('older_fall_cannot_stand', [
      'my partner slipped on the ice, her hip is agony and she cannot stand',
      'fell down the stairs, pain in my hip and I cannot put weight on my leg',
    ]);
  });

  it('minor knocks do not alert', () => {
    expectAlerts([
      'got elbowed in the stomach at basketball, it is a bit sore',
      'I fell on my hip at netball, it is bruised but I can walk fine',
      'both my hands tingle when I wake up, then it goes',
      // A baby's kicks are not a blow.
      'I am 30 weeks and the baby gave me a kick in the belly, my tummy feels tight now and then',
    ], false);
  });

  it('keeps two nouns joined by "and" before their verb in one clause', () => {
    const clauses = (m: string) => analyzeMessage(m).clauses.map((c) => c.text.trim());
    expect(clauses('his arms and legs feel weak')).toEqual(['his arms and legs feel weak']);
    expect(clauses('my chest and left arm hurt')).toEqual(['my chest and left arm hurt']);
    // A clause of its own after "and": a pronoun subject, or a verb.
    expect(clauses('headache and I feel sick')).toHaveLength(2);
    expect(clauses('no rash and the fever is gone')).toHaveLength(2);
  });
});

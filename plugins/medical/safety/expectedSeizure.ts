/**
 * A seizure in someone known to have epilepsy, of their usual kind or short, that is over and from which
 * they have come round: the NHS and Epilepsy Action ask for an ambulance then only if it was a first
 * seizure, lasted 5 minutes or more, was followed by another, hurt them, left them struggling to breathe or
 * not recovering, or happened in water or in pregnancy. Otherwise the epilepsy team or doctor is told
 * (the knowledge base's seizure entry says so too). Every such danger keeps the alert; each other
 * emergency (a head injury, blue lips, a weak arm) has its own rule and fires on its own.
 */
import type { ClinicalFacts } from './clinicalFacts.ts';
import type { Concept } from './concepts.ts';
import { febrile } from './readFacts.ts';

export function isExpectedSeizure(f: ClinicalFacts): boolean {
  const story = f.seizureStory;
  if (!story) return false;
  // Told now or of the seizure just past ("it lasted a minute", "she came round").
  const told = (...cs: Concept[]) => cs.some((c) => f.concepts.has(c) || story.told.has(c));
  if (!told('seizure', 'bodyShaking') || !told('usualSeizure', 'shortSeizure') || !told('resolved', 'seizureRecovered')) return false;
  if (f.pregnant || f.diabetic || febrile(f)) return false;
  // A seizure's own dangers (long, another, unlike usual) in any clause, denied ones too: their words carry the negation.
  if (story.anyClause.size > 0) return false;
  return !told(...DANGERS);
}

const DANGERS: readonly Concept[] = [
  // What makes a seizure itself an emergency.
  'longSeizure',
  'seizureCluster',
  'unlikeUsual',
  'inWater',
  'whileDriving',
  'submersion',
  'nearDrowning',
  // Hurt in it: NHS asks for an ambulance for a serious injury.
  'headInjury',
  'headLump',
  'vehicleCollision',
  'highEnergyInjury',
  'limbDeformity',
  'openFracture',
  'cannotBearWeight',
  'burn',
  'heavyBleeding',
  'wontStop',
  'gapingWound',
  // Not recovering: breathing, waking, confusion, new weakness or speech.
  'severeBreathing',
  'slowBreathing',
  'breathless',
  'cyanosis',
  'unresponsive',
  'notComeRound',
  'personNotMoving',
  'confusion',
  'newConfusion',
  'limbWeakness',
  'limbMotorLoss',
  'faceDroop',
  'speechProblem',
  'layAphasia',
  'hemibodySign',
  'visionLoss',
  'visualDisturbance',
  'doubleVision',
  // A cause other than their epilepsy.
  'vomiting',
  'vomitedRepeatedly',
  'severeHeadache',
  'thunderclap',
  'worstEver',
  'stiffNeck',
  'nonBlanchingRash',
  'overdose',
  'pillIngestion',
  'recreationalDrug',
  'alcoholWithdrawal',
  'hypoSymptoms',
  'chestPain',
  'postpartum',
];

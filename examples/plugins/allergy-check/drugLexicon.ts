import { z } from 'zod';

/** A medicine as people write it: generic name, brand names and other spellings, drug classes. */
export const drugEntrySchema = z
  .object({
    name: z.string().trim().toLowerCase().min(2).max(80),
    aliases: z.array(z.string().trim().toLowerCase().min(2).max(80)).max(20).default([]),
    classes: z.array(z.string().trim().toLowerCase().min(2).max(80)).max(5).default([]),
  })
  .strict();

export type DrugEntry = z.output<typeof drugEntrySchema>;

/** Common medicines behind drug allergies: antibiotics, painkillers, anti-inflammatories. */
export const DRUGS: readonly DrugEntry[] = [
  { name: 'amoxicillin', aliases: ['amoxycillin', 'amoxil', 'augmentin', 'co-amoxiclav'], classes: ['penicillin'] },
  { name: 'ampicillin', aliases: [], classes: ['penicillin'] },
  { name: 'flucloxacillin', aliases: ['floxapen'], classes: ['penicillin'] },
  { name: 'penicillin', aliases: ['penicillin v', 'phenoxymethylpenicillin', 'pen vk'], classes: ['penicillin'] },
  { name: 'cefalexin', aliases: ['cephalexin', 'keflex'], classes: ['cephalosporin'] },
  { name: 'cefuroxime', aliases: ['zinnat'], classes: ['cephalosporin'] },
  { name: 'ceftriaxone', aliases: ['rocephin'], classes: ['cephalosporin'] },
  { name: 'azithromycin', aliases: ['zithromax', 'z-pak'], classes: ['macrolide'] },
  { name: 'clarithromycin', aliases: ['biaxin', 'klaricid'], classes: ['macrolide'] },
  { name: 'erythromycin', aliases: [], classes: ['macrolide'] },
  { name: 'ciprofloxacin', aliases: ['cipro'], classes: ['fluoroquinolone'] },
  { name: 'levofloxacin', aliases: ['levaquin'], classes: ['fluoroquinolone'] },
  { name: 'doxycycline', aliases: ['vibramycin'], classes: ['tetracycline'] },
  { name: 'sulfamethoxazole', aliases: ['co-trimoxazole', 'bactrim', 'septra'], classes: ['sulfonamide'] },
  { name: 'ibuprofen', aliases: ['advil', 'motrin', 'nurofen'], classes: ['nsaid'] },
  { name: 'naproxen', aliases: ['aleve', 'naprosyn'], classes: ['nsaid'] },
  { name: 'diclofenac', aliases: ['voltaren', 'voltarol'], classes: ['nsaid'] },
  { name: 'aspirin', aliases: ['acetylsalicylic acid'], classes: ['nsaid', 'salicylate'] },
  { name: 'codeine', aliases: ['co-codamol'], classes: ['opioid'] },
  { name: 'tramadol', aliases: ['ultram'], classes: ['opioid'] },
  { name: 'morphine', aliases: [], classes: ['opioid'] },
  { name: 'paracetamol', aliases: ['acetaminophen', 'tylenol', 'panadol'], classes: [] },
];

/** How allergy lists name drug classes ("sulfa drugs", "NSAIDs"), mapped to the classes above. */
export const CLASS_ALIASES: Readonly<Record<string, string>> = {
  penicillins: 'penicillin',
  cephalosporins: 'cephalosporin',
  macrolides: 'macrolide',
  quinolones: 'fluoroquinolone',
  fluoroquinolones: 'fluoroquinolone',
  tetracyclines: 'tetracycline',
  sulfa: 'sulfonamide',
  'sulfa drugs': 'sulfonamide',
  sulpha: 'sulfonamide',
  sulfonamides: 'sulfonamide',
  nsaids: 'nsaid',
  'anti-inflammatories': 'nsaid',
  salicylates: 'salicylate',
  opioids: 'opioid',
  opiates: 'opioid',
};

/** Classes with a small, real cross-reactivity: worth a caution, not a "do not take". */
export const CROSS_REACTIVE: Readonly<Record<string, readonly string[]>> = {
  penicillin: ['cephalosporin'],
  cephalosporin: ['penicillin'],
};

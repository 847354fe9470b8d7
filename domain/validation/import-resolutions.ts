import { z } from 'zod';

// The editor's choices for what an import left ambiguous: per party of the file (by its
// list key) and per donor or recipient name of aid rows (normalised), one of the tracker's
// parties or a new one. The import page sends them; the upload keeps them beside its file.

/** Radio groups of the import page are named by what they decide. */
export const PARTY_CHOICE = 'party:';
export const AID_NAME_CHOICE = 'aid-name:';

/** More than any list holds ambiguous; a request with more is not the page's. */
const MAX_CHOICES = 10_000;

export const choice = z.union([z.literal('new'), z.number().int().positive()]);
export type Choice = z.infer<typeof choice>;

const choices = z
  .record(z.string().min(1).max(500), choice)
  .refine((r) => Object.keys(r).length <= MAX_CHOICES, 'Too many choices at once.');

export const resolutions = z.object({ parties: choices, aidNames: choices });
export type Resolutions = z.infer<typeof resolutions>;

export const NO_RESOLUTIONS: Resolutions = { parties: {}, aidNames: {} };

/** The choice kept for a key; a key such as `constructor` is not read off the prototype. */
export const choiceFor = (chosen: Record<string, Choice>, key: string): Choice | undefined =>
  Object.hasOwn(chosen, key) ? chosen[key] : undefined;

const formChoice = z.union(
  [
    z.literal('new'),
    z
      .string()
      .regex(/^[1-9]\d{0,14}$/)
      .transform(Number),
  ],
  {
    error: 'Choose one of the parties offered, or a new party.',
  },
);

/** The choices a submitted import page holds; radio groups left unanswered are absent. */
export function resolutionsFromForm(formData: FormData) {
  const sent = { parties: new Map<string, Choice>(), aidNames: new Map<string, Choice>() };
  const problems: string[] = [];
  for (const [name, value] of formData) {
    const [field, key] = name.startsWith(PARTY_CHOICE)
      ? (['parties', name.slice(PARTY_CHOICE.length)] as const)
      : name.startsWith(AID_NAME_CHOICE)
        ? (['aidNames', name.slice(AID_NAME_CHOICE.length)] as const)
        : [null, ''];
    if (field === null) continue;
    const parsed = formChoice.safeParse(value);
    if (parsed.success) sent[field].set(key, parsed.data);
    else problems.push(parsed.error.issues[0]!.message);
  }
  if (problems.length > 0) return { success: false as const, message: problems[0]! };
  const checked = resolutions.safeParse({
    parties: Object.fromEntries(sent.parties),
    aidNames: Object.fromEntries(sent.aidNames),
  });
  return checked.success
    ? { success: true as const, data: checked.data }
    : { success: false as const, message: checked.error.issues[0]!.message };
}

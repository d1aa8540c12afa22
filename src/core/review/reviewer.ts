import { userInfo } from 'node:os';

/** Reviewer name when the `claimlens.reviewer` setting is empty: the OS user, else "reviewer". */
export function defaultReviewer(): string {
  try {
    const name = userInfo().username.trim();
    if (name) return name;
  } catch {
    // userInfo() throws when the uid has no passwd entry (some containers).
  }
  const fromEnv = (process.env.USER ?? process.env.USERNAME ?? '').trim();
  return fromEnv || 'reviewer';
}

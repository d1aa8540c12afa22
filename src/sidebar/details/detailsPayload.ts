/** The plain data Claim Details shows for a review item (DetailsPayload, in ./detailsProtocol.ts). Pure (no vscode). */
import type { ReviewItem } from '../../core/review/types';
import { speakerOf } from '../review/queue';
import { statusLook } from '../../core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../core/review/verdictScale';
import type { DetailsPayload } from './detailsProtocol';

/** Under a workspace scale: the status's label and the scale's verdicts as buttons. */
function scaleFields(item: ReviewItem, scale: VerdictScale): Pick<DetailsPayload, 'statusLabel' | 'verdicts'> {
  if (scale === DEFAULT_VERDICT_SCALE) return {};
  return {
    statusLabel: statusLook(item.status, scale).label,
    verdicts: scale.verdicts.map((v) => ({
      id: v.id, label: v.label, hint: `${v.final ? 'Final verdict' : 'Not final (not published as ClaimReview unless asked)'}${v.key ? ` · Ctrl+Alt+K ${v.key.toUpperCase()}` : ''}`,
    })),
  };
}

export function toDetailsPayload(
  item: ReviewItem, fileName: string, readOnlyReason?: string, previousKeys: Iterable<string> = [], scale: VerdictScale = DEFAULT_VERDICT_SCALE,
): DetailsPayload {
  const a = item.annotation;
  return {
    key: item.key,
    kind: item.kind,
    text: item.text,
    status: item.status,
    ...scaleFields(item, scale),
    orphaned: item.orphaned,
    orphanReason: item.orphaned ? item.anchor?.reason ?? 'its text is no longer in the article' : undefined,
    claimType: item.claim?.type,
    score: item.claim?.score,
    reasons: item.claim?.reasons ?? [],
    detectedSpeaker: item.quote?.speaker?.name,
    speakerOverride: a?.speaker,
    speaker: speakerOf(item),
    cue: item.quote?.cue?.text,
    quoteKind: item.quote?.kind,
    note: a?.note ?? '',
    sources: (a?.sources ?? []).map((s) => (s.title ? { url: s.url, title: s.title } : { url: s.url })),
    created: a ? { by: a.created.by, at: a.created.at } : undefined,
    updated: a ? { by: a.updated.by, at: a.updated.at } : undefined,
    readOnlyReason,
    fileName,
    previousKeys: [...previousKeys],
  };
}

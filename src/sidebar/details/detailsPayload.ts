/** The plain data Claim Details shows for a review item (DetailsPayload, in ./detailsProtocol.ts). Pure (no vscode). */
import type { ReviewItem } from '../../core/review/types';
import { l10n } from '../../l10n/l10n';
import { unresolvedSpeakerLabel } from '../../l10n/speakerWords';
import { speakerOf } from '../review/queue';
import type { Speaker } from '../../core/types';
import { resolvedName } from '../../core/quotes/speakerName';
import { cssColour, statusLook } from '../../core/review/statusLook';
import { DEFAULT_VERDICT_SCALE, type VerdictScale } from '../../core/review/verdictScale';
import { lookLabel } from '../../l10n/statusWords';
import type { DetailsPayload } from './detailsProtocol';

/** The detected speaker as shown: its name, or `unresolved (“he”)`. */
function detectedSpeaker(s: Speaker | null | undefined): string | undefined {
  return s ? (resolvedName(s) ?? unresolvedSpeakerLabel(s)) : undefined;
}

/** Under a workspace scale: the status's label and the scale's verdicts as buttons. */
function scaleFields(item: ReviewItem, scale: VerdictScale): Pick<DetailsPayload, 'statusLabel' | 'verdicts'> {
  if (scale === DEFAULT_VERDICT_SCALE) return {};
  const look = statusLook(item.status, scale);
  return {
    statusLabel: lookLabel(look),
    ...(look.builtIn ? {} : { statusColour: cssColour(look.colour) }),
    verdicts: scale.verdicts.map((v) => {
      const kind = v.final ? l10n.t('Final verdict') : l10n.t('Not final (not published as ClaimReview unless asked)');
      const verdictLook = statusLook(v.id, scale);
      return {
        id: v.id, label: v.label, hint: v.key ? `${kind} · Ctrl+Alt+K ${v.key.toUpperCase()}` : kind,
        ...(verdictLook.builtIn ? {} : { colour: cssColour(verdictLook.colour) }),
      };
    }),
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
    orphanReason: item.orphaned ? item.anchor?.reason ?? l10n.t('its text is no longer in the article') : undefined,
    claimType: item.claim?.type,
    score: item.claim?.score,
    reasons: item.claim?.reasons ?? [],
    detectedSpeaker: detectedSpeaker(item.quote?.speaker),
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

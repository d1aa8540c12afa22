/**
 * JS string (UTF-16) offsets → Unicode code point offsets. ClaimLens, its sidecar and the editor
 * count UTF-16 units; the W3C Web Annotation model counts code points in a TextPositionSelector,
 * so an emoji or other astral character before a claim shifts it by one per character. Exports
 * convert; nothing else does.
 */
import { isHighSurrogate, isLowSurrogate } from '../review/selectors';

export function utf16ToCodePoints(text: string): (offset: number) => number {
  // Index of the low half of every surrogate pair: each one before an offset is one unit too many.
  const lowHalves: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) lowHalves.push(i++);
  }
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = lowHalves.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lowHalves[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return at - lo;
  };
}

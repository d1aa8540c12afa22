/**
 * 1-based line and column of JS string offsets, for messages like `article.txt:12:5`. The line
 * starts are found once (LF, CRLF and lone CR end a line), then each offset is a binary search:
 * `check` asks for every finding, and from offset 0 each time it was quadratic (minutes on 5 MB).
 */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    // The last line start at or before the offset (a start at text.length + 1 never exists).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

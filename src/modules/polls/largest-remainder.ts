/**
 * Poll results as whole percentages that always add up to exactly 100, so the bars a
 * reader sees never show 99 % or 101 % in total. Uses the largest-remainder (Hamilton)
 * method: everyone gets the floor of their exact share, then the points still missing
 * go to the options with the largest fractional parts. Ties go to the earlier option,
 * so the result is deterministic and stable across requests.
 */
export function percentagesByLargestRemainder(votes: readonly number[]): number[] {
  for (const count of votes) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`Vote counts must be non-negative integers, got ${count}`);
    }
  }

  const total = votes.reduce((sum, count) => sum + count, 0);
  if (total === 0) return votes.map(() => 0);
  if (!Number.isSafeInteger(total * 100)) {
    throw new RangeError(`Vote total ${total} is too large to compute exact percentages`);
  }

  // Integer arithmetic throughout: the remainder of 100·v / total is compared as an
  // integer numerator, so ties are exact instead of depending on float rounding.
  const shares = votes.map((count, index) => {
    const scaled = count * 100;
    return { index, floor: Math.floor(scaled / total), remainder: scaled % total };
  });

  const result = shares.map((share) => share.floor);
  let pointsLeft = 100 - result.reduce((sum, percent) => sum + percent, 0);

  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const share of byRemainder) {
    if (pointsLeft === 0) break;
    result[share.index]! += 1;
    pointsLeft -= 1;
  }
  return result;
}

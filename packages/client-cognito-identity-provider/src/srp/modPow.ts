/**
 * base^exponent mod modulus on native BigInt, for the few exponentiations of an SRP sign-in.
 * V8's BigInt `%` is its fastest reduction at 3072 bits (Barrett or Montgomery written with BigInt
 * operations allocate more than they save), so the cost is the count of multiplications: left to
 * right with a sliding window of odd powers, one squaring per exponent bit and a multiplication
 * per window. Base 2 (SRP's g) needs no table: multiplying by 2^d is a shift.
 */
export const modPow = (base: bigint, exponent: bigint, modulus: bigint): bigint => {
  if (modulus === 1n) return 0n;
  base %= modulus;
  if (base < 0n) base += modulus;
  if (exponent === 0n) return 1n;
  const bits = exponent.toString(2);
  const window = bits.length > 768 ? 6 : bits.length > 240 ? 5 : bits.length > 80 ? 4 : 1;

  if (base === 2n) return powerOfTwo(bits, window, modulus);

  // odd[i] = base^(2i+1)
  const odd = [base];
  const square = (base * base) % modulus;
  for (let i = 1; i < 1 << (window - 1); i++) odd.push((odd[i - 1]! * square) % modulus);

  let result = 1n;
  let started = false;
  for (let i = 0; i < bits.length; ) {
    if (bits[i] === "0") {
      if (started) result = (result * result) % modulus;
      i++;
      continue;
    }
    // The longest window (at most `window` bits) that starts here and ends in a 1.
    let end = Math.min(i + window, bits.length);
    while (bits[end - 1] === "0") end--;
    const value = parseInt(bits.slice(i, end), 2);
    if (started) for (let j = i; j < end; j++) result = (result * result) % modulus;
    result = started ? (result * odd[value >> 1]!) % modulus : odd[value >> 1]!;
    started = true;
    i = end;
  }
  return result;
};

const powerOfTwo = (bits: string, window: number, modulus: bigint): bigint => {
  let result = 1n;
  for (let i = 0; i < bits.length; i += window) {
    const chunk = bits.slice(i, i + window);
    for (let j = 0; j < chunk.length; j++) result = (result * result) % modulus;
    // A shift of a few bits leaves a quotient of one word: far cheaper than a multiplication.
    result = (result << BigInt(parseInt(chunk, 2))) % modulus;
  }
  return result;
};

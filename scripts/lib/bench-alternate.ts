/**
 * Runs the commands being compared in turns, A B C A B C…, after warm-up rounds: a machine that
 * slows down for a while slows every contender of that round, and pairwise ratios stay fair.
 */

export interface Contender<Sample> {
  key: string
  run(): Promise<Sample>
}

export interface RoundOptions {
  runs: number
  warmups: number
  /** Progress for the terminal (stderr): the Markdown on stdout stays clean. */
  progress?(message: string): void
}

export interface Rounds<Sample> {
  /** Measured samples per contender key, in round order: index i of two keys is one pair. */
  samples: Map<string, Sample[]>
  /** The very first (cold) sample per key, from the first warm-up round. */
  cold: Map<string, Sample>
}

export async function alternate<Sample>(contenders: readonly Contender<Sample>[], options: RoundOptions): Promise<Rounds<Sample>> {
  const samples = new Map<string, Sample[]>(contenders.map((contender) => [contender.key, []]))
  const cold = new Map<string, Sample>()
  const rounds = options.warmups + options.runs
  for (let round = 0; round < rounds; round++) {
    const warm = round < options.warmups
    options.progress?.(`  ${warm ? 'warm-up' : 'round'} ${warm ? round + 1 : round + 1 - options.warmups}/${warm ? options.warmups : options.runs}`)
    for (const contender of contenders) {
      const sample = await contender.run()
      if (round === 0) cold.set(contender.key, sample)
      if (!warm) samples.get(contender.key)!.push(sample)
    }
  }
  return { samples, cold }
}

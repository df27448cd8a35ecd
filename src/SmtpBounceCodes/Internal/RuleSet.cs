namespace SmtpBounceCodes.Internal;

/// <summary>
/// A set of rule indices as bits, up to <see cref="Capacity"/> rules: the engine's record of which rules a phrase
/// matched. Four words, so that clearing it per diagnosis is four stores and visiting it in rule order is a bit scan.
/// </summary>
internal struct RuleSet
{
    /// <summary>How many rules a set can hold; <see cref="CompiledRules"/> refuses a larger table.</summary>
    internal const int Capacity = Words * 64;

    private const int Words = 4;

    private Bits _bits;

    /// <summary>Word <paramref name="i"/> (0 to 3): rules 64·i to 64·i + 63.</summary>
    internal readonly ulong this[int i] => _bits[i];

    internal void Clear() => _bits = default;

    internal readonly bool Contains(int rule) => (_bits[rule >> 6] & (1UL << rule)) != 0; // the shift count is taken modulo 64

    /// <summary>Adds a rule (0 to <see cref="Capacity"/> - 1); false when it was already there.</summary>
    internal bool Add(int rule)
    {
        ulong word = _bits[rule >> 6], bit = 1UL << rule;
        if ((word & bit) != 0) return false;
        _bits[rule >> 6] = word | bit;
        return true;
    }

    /// <summary>The index of the lowest set bit of a non-zero word.</summary>
    internal static int LowestBit(ulong word)
    {
#if NET8_0_OR_GREATER
        return System.Numerics.BitOperations.TrailingZeroCount(word);
#else
        int n = 0;
        while ((word & 1) == 0)
        {
            word >>= 1;
            n++;
        }

        return n;
#endif
    }

#if NET8_0_OR_GREATER
    [System.Runtime.CompilerServices.InlineArray(Words)]
    private struct Bits
    {
        private ulong _element0;
    }
#else
    private struct Bits
    {
        private ulong _w0, _w1, _w2, _w3;

        internal ulong this[int i]
        {
            readonly get => i switch
            {
                0 => _w0,
                1 => _w1,
                2 => _w2,
                _ => _w3,
            };
            set
            {
                switch (i)
                {
                    case 0: _w0 = value; break;
                    case 1: _w1 = value; break;
                    case 2: _w2 = value; break;
                    default: _w3 = value; break;
                }
            }
        }
    }
#endif
}

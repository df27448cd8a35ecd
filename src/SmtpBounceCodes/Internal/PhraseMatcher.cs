namespace SmtpBounceCodes.Internal;

/// <summary>
/// Finds many phrases in one pass over a text (Aho–Corasick). Matching is case-insensitive, treats every run of white
/// space as one space, folds full-width ASCII to ASCII, and runs in time linear in the text whatever the phrases are:
/// no backtracking. Shallow states step through a dense ASCII table; deeper states and other characters follow
/// their trie edge or failure link. Most characters go through a plain run without calls (ASCII, a shallow state or a
/// single-edge one, nothing to report); the rest, one at a time, through the general step.
/// </summary>
/// <remarks>
/// A phrase may have gaps written <c>*</c> ("mailbox * full": both parts, in order, at most <see cref="MaxGap"/>
/// characters apart) and word boundaries written <c>\b</c> at its start or end ("\bdnsbl").
/// </remarks>
internal sealed class PhraseMatcher
{
    internal const int MaxGap = 120;
    internal const int MaxPartLength = 120;
    private const int RingSize = 128; // > MaxPartLength: the ring maps folded positions back to text offsets.

    // A dense table for every state would be states × columns ints (megabytes): each character of the text would then
    // touch a cold cache line. Only the shallow states get dense rows; this budget keeps them in a core's L2 cache.
    private const int DenseBudgetBytes = 192 * 1024;

    private const int SpaceColumn = 1;             // the column of ' ', fixed so that the scan tests white space on the column
    private const long NoColumn = 0xFF;            // the column of a non-ASCII edge character: no text column equals it
    private const uint NoEdge = uint.MaxValue;     // the plain run's "no edge of this state takes the character"

    // A dense row is 64 columns: the index is a shift, not a multiply, on the scan's critical path. State ids are 15 bits
    // (16-bit entries halve the cache footprint), and the 16th bit of a transition says whether its target reports a
    // match, so that the plain scan needs no second load to know it may go on.
    private const int Shift = 6;
    private const int MaxColumns = 1 << Shift;
    private const int OutputFlag = 0x8000;
    private const int StateMask = OutputFlag - 1;

    private readonly byte[] _asciiClass;    // folded char (0..127) → column in _dense, 0 = no phrase uses it
    private readonly byte[] _asciiColumn;   // raw char (0..127) → the column of its folded form
    private readonly int _shallow;          // states 0 .. _shallow-1 (breadth-first ids) have dense ASCII rows; deeper ids go depth first
    private readonly ushort[] _dense;       // (state << Shift) | column → next state | OutputFlag, complete for ASCII
    private readonly int[] _edgeStart;      // trie edges of state s: _edgeChars/_edgeTargets[_edgeStart[s] .. _edgeStart[s + 1])
    private readonly char[] _edgeChars;     // sorted within each state
    private readonly int[] _edgeTargets;
    private readonly byte[] _edgeColumns;   // the plain run's view of the edges: the ASCII column of each edge's character (NoColumn if none)
    private readonly ushort[] _edgeNext;    // and its target | OutputFlag
    private readonly int[] _fail;
    private readonly int[] _outStart;       // outputs of state s: _outParts[_outStart[s] .. _outStart[s + 1])
    private readonly int[] _outParts;
    private readonly bool[] _hasOutput;     // whether state s reports anything (the general step; the plain run reads OutputFlag)
    private readonly long[] _single;        // a state with exactly one edge: (column << 48) | (char << 32) | child | OutputFlag; -1 otherwise
    private readonly Part[] _parts;
    private readonly int[] _morePatterns;   // see Part.MoreStart

    /// <summary>One literal piece of a phrase.</summary>
    internal readonly struct Part(int pattern, int index, int length, bool wordStart, bool wordEnd, bool isLast, int chainSlot,
        int moreStart = 0, int moreCount = 0)
    {
        internal int Pattern { get; } = pattern;     // caller's id of the phrase
        internal int Index { get; } = index;         // 0 for the first part of the phrase
        internal int Length { get; } = length;       // folded length
        internal bool WordStart { get; } = wordStart;
        internal bool WordEnd { get; } = wordEnd;
        internal bool IsLast { get; } = isLast;
        internal int ChainSlot { get; } = chainSlot; // index into the chain state for multi-part phrases, -1 otherwise
        internal int MoreStart { get; } = moreStart; // further phrases reported with this one: _morePatterns[MoreStart ..
        internal int MoreCount { get; } = moreCount; // .. MoreStart + MoreCount)

        internal Part WithMore(int start, int count) => new(Pattern, Index, Length, WordStart, WordEnd, IsLast, ChainSlot, start, count);
    }

    /// <summary>Number of chain slots a <see cref="Match"/> call needs (one per part of each multi-part phrase).</summary>
    internal int ChainSlots { get; }

    internal PhraseMatcher(IReadOnlyList<string> phrases)
    {
        var parts = new List<Part>();
        var texts = new List<string>();
        int slots = 0;
        for (int p = 0; p < phrases.Count; p++)
        {
            (string Folded, bool WordStart, bool WordEnd)[] pieces = SplitPhrase(phrases[p]);
            bool multi = pieces.Length > 1;
            for (int i = 0; i < pieces.Length; i++)
            {
                (string folded, bool wordStart, bool wordEnd) = pieces[i];
                if (folded.Length == 0 || folded.Length > MaxPartLength)
                    throw new ArgumentException($"Part {i + 1} of '{phrases[p]}' must be 1-{MaxPartLength} characters once folded.", nameof(phrases));
                parts.Add(new Part(p, i, folded.Length, wordStart, wordEnd, i == pieces.Length - 1, multi ? slots++ : -1));
                texts.Add(folded);
            }
        }

        ChainSlots = slots;
        _parts = parts.ToArray();

        // 1. The trie.
        var children = new List<Dictionary<char, int>> { new() };
        var own = new List<List<int>> { new() };
        for (int i = 0; i < texts.Count; i++)
        {
            int s = 0;
            foreach (char c in texts[i])
            {
                if (!children[s].TryGetValue(c, out int next))
                {
                    next = children.Count;
                    children[s][c] = next;
                    children.Add(new Dictionary<char, int>());
                    own.Add(new List<int>());
                }

                s = next;
            }

            own[s].Add(i);
        }

        int states = children.Count;

        // 2. Breadth-first order (old ids) and depths: the shallow states (the ones a scan visits most) come first.
        var breadth = new int[states]; // breadth-first position → old id
        var depth = new int[states];   // by breadth-first position, ascending
        int head = 0, tail = 1;
        while (head < tail)
        {
            foreach (int child in children[breadth[head]].OrderBy(e => e.Key).Select(e => e.Value))
            {
                depth[tail] = depth[head] + 1;
                breadth[tail++] = child;
            }

            head++;
        }

        // Dense ASCII rows go to the shallow states only: the table stays small enough to live in cache, and deeper
        // states (usually one edge each) step through their edge and failure link instead.
        int shallowDepth = 1;
        while (shallowDepth < 8 && CountAtMost(depth, shallowDepth + 1) * (long)MaxColumns * sizeof(ushort) <= DenseBudgetBytes) shallowDepth++;
        _shallow = CountAtMost(depth, shallowDepth);

        // New ids: the shallow states breadth first, then each deeper subtree depth first, so that the chain of
        // single-edge states a phrase runs through has consecutive ids (its table entries share cache lines).
        var bfs = new int[states];   // new id → old id
        var renum = new int[states]; // old id → new id
        int id = 0;
        for (int k = 0; k < _shallow; k++) bfs[renum[breadth[k]] = id++] = breadth[k];
        var pending = new Stack<int>();
        for (int k = _shallow; k < states && depth[k] == shallowDepth + 1; k++)
        {
            pending.Push(breadth[k]);
            while (pending.Count > 0)
            {
                int old = pending.Pop();
                bfs[renum[old] = id++] = old;
                foreach (int child in children[old].OrderByDescending(e => e.Key).Select(e => e.Value)) pending.Push(child);
            }
        }

        // Failure links and outputs are computed breadth first (a failure target is shallower, so it is already known).
        var order = new int[states];
        for (int k = 0; k < states; k++) order[k] = renum[breadth[k]];

        // 3. Edges, sorted by character, in the new numbering.
        _edgeStart = new int[states + 1];
        _edgeChars = new char[states - 1];
        _edgeTargets = new int[states - 1];
        int e = 0;
        for (int s = 0; s < states; s++)
        {
            _edgeStart[s] = e;
            foreach (KeyValuePair<char, int> edge in children[bfs[s]].OrderBy(x => x.Key))
            {
                _edgeChars[e] = edge.Key;
                _edgeTargets[e++] = renum[edge.Value];
            }
        }

        _edgeStart[states] = e;

        // 4. ASCII columns: only the characters some phrase uses get one.
        if (states > StateMask) throw new ArgumentException($"{states} automaton states do not fit the 15-bit state ids.", nameof(phrases));
        _asciiClass = new byte[128];
        _asciiClass[' '] = SpaceColumn;
        int columns = SpaceColumn + 1;
        foreach (string t in texts)
        {
            foreach (char c in t)
            {
                if (c < 128 && _asciiClass[c] == 0) _asciiClass[c] = (byte)columns++;
            }
        }

        _asciiColumn = new byte[128];
        for (int c = 0; c < 128; c++) _asciiColumn[c] = _asciiClass[AsciiFold[c]];

        if (columns > MaxColumns) throw new ArgumentException($"The phrases use {columns - 1} ASCII characters; the dense rows have room for {MaxColumns - 1}.", nameof(phrases));

        // 5. Failure links, breadth first (a state's failure target is shallower, so it is already known).
        _fail = new int[states];
        foreach (int s in order)
        {
            if (s == 0) continue;
            for (int x = _edgeStart[s]; x < _edgeStart[s + 1]; x++)
            {
                int child = _edgeTargets[x];
                _fail[child] = Step(_fail[s], _edgeChars[x], dense: false);
            }
        }

        // 6. Complete ASCII rows for the shallow states (numbered breadth first, so a row's failure row is already done).
        _dense = new ushort[_shallow << Shift];
        for (int s = 0; s < _shallow; s++)
        {
            for (int col = 1; col < columns; col++) _dense[(s << Shift) | col] = s == 0 ? (ushort)0 : _dense[(_fail[s] << Shift) | col];
            for (int x = _edgeStart[s]; x < _edgeStart[s + 1]; x++)
            {
                if (_edgeChars[x] < 128) _dense[(s << Shift) | _asciiClass[_edgeChars[x]]] = (ushort)_edgeTargets[x];
            }
        }

        // 7. Outputs: a state reports its own parts and those of its failure chain. Own parts that follow one another and
        //    need the same checks (one-part phrases with the same word marks; they end at the same state, so they are the
        //    same text) are reported as one part with several phrases: the "user unknown" of many rules is checked once,
        //    and the sink still hears every phrase, in the same order.
        var more = new List<int>();
        var merged = new List<int>[states];
        for (int s = 0; s < states; s++)
        {
            List<int> mine = own[bfs[s]];
            var list = new List<int>(mine.Count);
            for (int k = 0; k < mine.Count; k++)
            {
                int lead = mine[k];
                Part first = _parts[lead];
                int from = more.Count;
                while (first.ChainSlot < 0 && k + 1 < mine.Count && _parts[mine[k + 1]] is { ChainSlot: < 0 } next
                    && next.WordStart == first.WordStart && next.WordEnd == first.WordEnd)
                {
                    more.Add(next.Pattern);
                    k++;
                }

                if (more.Count > from) _parts[lead] = first.WithMore(from, more.Count - from);
                list.Add(lead);
            }

            merged[s] = list;
        }

        _morePatterns = more.ToArray();
        var outputs = new List<int>[states];
        foreach (int s in order)
        {
            var list = new List<int>(merged[s]);
            if (s != 0) list.AddRange(outputs[_fail[s]]);
            outputs[s] = list;
        }

        _outStart = new int[states + 1];
        var flat = new List<int>();
        for (int s = 0; s < states; s++)
        {
            _outStart[s] = flat.Count;
            flat.AddRange(outputs[s]);
        }

        _outStart[states] = flat.Count;
        _outParts = flat.ToArray();
        _hasOutput = new bool[states];
        for (int s = 0; s < states; s++) _hasOutput[s] = _outStart[s] != _outStart[s + 1];
        for (int x = 0; x < _dense.Length; x++)
        {
            if (_hasOutput[_dense[x]]) _dense[x] |= OutputFlag;
        }

        _edgeColumns = new byte[_edgeChars.Length];
        _edgeNext = new ushort[_edgeChars.Length];
        for (int x = 0; x < _edgeChars.Length; x++)
        {
            _edgeColumns[x] = _edgeChars[x] < 128 ? _asciiClass[_edgeChars[x]] : (byte)NoColumn;
            _edgeNext[x] = (ushort)(_edgeTargets[x] | (_hasOutput[_edgeTargets[x]] ? OutputFlag : 0));
        }

        // Most deep states are links of a single phrase: one edge. Following it needs no call and no search.
        _single = new long[states];
        for (int s = 0; s < states; s++)
        {
            if (_edgeStart[s + 1] - _edgeStart[s] != 1)
            {
                _single[s] = -1;
                continue;
            }

            int child = _edgeTargets[_edgeStart[s]];
            char edgeChar = _edgeChars[_edgeStart[s]];
            long edgeColumn = edgeChar < 128 ? _asciiClass[edgeChar] : NoColumn;
            _single[s] = (edgeColumn << 48) | ((long)edgeChar << 32) | (uint)child | (_hasOutput[child] ? OutputFlag : 0u);
        }
    }

    /// <summary>How many states of depth at most <paramref name="max"/> there are (states are numbered breadth first).</summary>
    private static int CountAtMost(int[] depth, int max)
    {
        int n = 0;
        while (n < depth.Length && depth[n] <= max) n++;
        return n;
    }

    internal ReadOnlySpan<Part> Parts => _parts;

    /// <summary>Receives each complete phrase match: the phrase id and its start and length in the text.</summary>
    internal interface ISink
    {
        void OnMatch(int pattern, int start, int length);
    }

    /// <summary>Scans <paramref name="text"/> once and reports every complete phrase match to <paramref name="sink"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="chain">Scratch space of <see cref="ChainSlots"/> × 2 ints.</param>
    /// <param name="sink">Receives the matches.</param>
#if NET8_0_OR_GREATER
    [System.Runtime.CompilerServices.SkipLocalsInit] // the ring is written before it is read
#endif
    internal void Match<TSink>(ReadOnlySpan<char> text, Span<int> chain, ref TSink sink)
        where TSink : struct, ISink
    {
        chain.Fill(-1);
        Span<int> ring = stackalloc int[RingSize];
        int state = 0, folded = 0;
        bool lastSpace = true;
        int i = 0;
        while (true)
        {
            if (i >= text.Length) return;
            if (text[i] < 128)
            {
                i = PlainRun(text, i, ring, ref state, ref folded, ref lastSpace);
                if (i >= text.Length) return;
            }

            // What the plain run leaves: a repeated reply code, a non-ASCII character, a deep state with several
            // edges, or a match to report.
            char raw = text[i];

            // A flattened multi-line reply repeats its code inside the text ("… multiple 550 5.7.1 addresses …"): read
            // each repetition as white space, so that a phrase broken across the reply's lines still matches.
            if (lastSpace && raw is >= '2' and <= '5')
            {
                int skip = RepeatedCodeLength(text, i);
                if (skip > 0)
                {
                    i += skip;
                    continue;
                }
            }

            char c = raw < 128 ? AsciiFold[raw] : Fold(raw);
            if (c == ' ')
            {
                if (lastSpace)
                {
                    i++;
                    continue;
                }

                lastSpace = true;
            }
            else
            {
                lastSpace = false;
            }

            ring[folded & (RingSize - 1)] = i;
            folded++;
            state = c < 128 && state < _shallow ? _dense[(state << Shift) | _asciiClass[c]] & StateMask : DeepStep(state, c);
            if (_hasOutput[state]) Report(text, i, folded, state, ring, chain, ref sink);
            i++;
        }
    }

    /// <summary>
    /// Scans from <paramref name="i"/> while the characters are plain: ASCII, no reply code to skip, a shallow state or
    /// a deep one whose edge or failure link leads to a shallow state, and nothing to report. Returns the index of the
    /// first character it leaves to <see cref="Match"/>. Most characters of a text go through here; it makes no call, so its locals stay in registers.
    /// </summary>
    /// <remarks>
    /// Every read below is in range by construction, so it is made without a bounds check (<see cref="Table{T}"/>): the
    /// text index is below its length; a raw character below 128 indexes the 128-entry column table; a dense row exists
    /// for every state below <c>shallow</c> and has 64 entries, so <c>(state &lt;&lt; Shift) | column</c> with a column
    /// below 64 is inside it; <c>_single</c> and <c>_fail</c> have an entry per state and <c>_edgeStart</c> one more,
    /// its values bound the edge arrays, and every state id read from the tables is a state; the ring index is masked
    /// to its size.
    /// </remarks>
    private int PlainRun(ReadOnlySpan<char> text, int i, Span<int> ring, ref int stateRef, ref int foldedRef, ref bool lastSpaceRef)
    {
        var chars = new Table<char>(text);
        var column = new Table<byte>(_asciiColumn);
        var dense = new Table<ushort>(_dense);
        var single = new Table<long>(_single);
        var fail = new Table<int>(_fail);
        var edgeStart = new Table<int>(_edgeStart);
        var edgeColumns = new Table<byte>(_edgeColumns);
        var edgeNext = new Table<ushort>(_edgeNext);
        var slots = new Slots(ring);
        uint shallow = (uint)_shallow, length = (uint)text.Length;
        uint state = (uint)stateRef, folded = (uint)foldedRef;
        bool lastSpace = lastSpaceRef;
        uint at = (uint)i;
        for (; at < length; at++)
        {
            uint raw = chars[at];
            if (raw >= 128) break;
            uint col = column[raw];
            if (lastSpace)
            {
                if (col == SpaceColumn) continue;
                if (raw - '2' <= '5' - '2') break; // perhaps a repeated reply code: Match decides
            }

            uint next;
            if (state < shallow)
            {
                next = dense[(state << Shift) | col];
            }
            else
            {
                long edge = single[state];
                if ((uint)(edge >> 48) == col)
                {
                    next = (uint)edge & 0xFFFF; // the single edge (-1, no single edge, has no column)
                }
                else
                {
                    next = NoEdge;
                    if (edge < 0)
                    {
                        // Several edges (a few, sorted): a short search, still without leaving the run.
                        for (uint x = (uint)edgeStart[state], end = (uint)edgeStart[state + 1]; x < end; x++)
                        {
                            if (edgeColumns[x] != col) continue;
                            next = edgeNext[x];
                            break;
                        }
                    }

                    if (next == NoEdge)
                    {
                        uint back = (uint)fail[state]; // δ(s, c) = δ(fail(s), c) off the state's edges
                        if (back >= shallow) break;
                        next = dense[(back << Shift) | col];
                    }
                }
            }

            if (next >= OutputFlag) break; // Match reports it
            lastSpace = col == SpaceColumn;
            slots[folded & (RingSize - 1)] = (int)at;
            folded++;
            state = next;
        }

        stateRef = (int)state;
        foldedRef = (int)folded;
        lastSpaceRef = lastSpace;
        return (int)at;
    }

    /// <summary>
    /// A table read at indices its caller knows to be in range (<see cref="PlainRun"/> says why): without a bounds
    /// check on net8.0 and later, an ordinary span read on netstandard2.0.
    /// </summary>
    private readonly ref struct Table<T>
    {
#if NET8_0_OR_GREATER
        private readonly ref T _start;

        internal Table(T[] array) => _start = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array);

        internal Table(ReadOnlySpan<T> span) => _start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(span);

        internal T this[uint index] => System.Runtime.CompilerServices.Unsafe.Add(ref _start, (nint)index);
#else
        private readonly ReadOnlySpan<T> _span;

        internal Table(T[] array) => _span = array;

        internal Table(ReadOnlySpan<T> span) => _span = span;

        internal T this[uint index] => _span[(int)index];
#endif
    }

    /// <summary>The ring of <see cref="PlainRun"/>, written at indices masked to its size; see <see cref="Table{T}"/>.</summary>
    private readonly ref struct Slots
    {
#if NET8_0_OR_GREATER
        private readonly ref int _start;

        internal Slots(Span<int> ring) => _start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(ring);

        internal ref int this[uint index] => ref System.Runtime.CompilerServices.Unsafe.Add(ref _start, (nint)index);
#else
        private readonly Span<int> _span;

        internal Slots(Span<int> ring) => _span = ring;

        internal ref int this[uint index] => ref _span[(int)index];
#endif
    }

    /// <summary>A step from a deep state or on a non-ASCII character: the single edge most deep states have, else <see cref="Step"/>.</summary>
    private int DeepStep(int state, char c)
    {
        long edge = _single[state];
        if (edge >= 0)
        {
            if ((char)(edge >> 32) == c) return (int)edge & StateMask;
            int back = _fail[state];
            if (c < 128 && back < _shallow) return _dense[(back << Shift) | _asciiClass[c]] & StateMask; // δ(s, c) = δ(fail(s), c)
        }

        return Step(state, c, dense: true);
    }

    /// <summary>Reports the parts that end at <paramref name="state"/> (text offset <paramref name="i"/>), after their word and gap checks.</summary>
    private void Report<TSink>(ReadOnlySpan<char> text, int i, int folded, int state, Span<int> ring, Span<int> chain, ref TSink sink)
        where TSink : struct, ISink
    {
        int end = _outStart[state + 1];
        for (int o = _outStart[state]; o < end; o++)
        {
            ref readonly Part part = ref _parts[_outParts[o]];
            int start = ring[(folded - part.Length) & (RingSize - 1)];
            if (part.WordStart && start > 0 && char.IsLetterOrDigit(text[start - 1])) continue;
            if (part.WordEnd && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1])) continue;
            if (part.ChainSlot < 0)
            {
                int length = i + 1 - start;
                sink.OnMatch(part.Pattern, start, length);
                for (int k = part.MoreStart, last = k + part.MoreCount; k < last; k++) sink.OnMatch(_morePatterns[k], start, length);
                continue;
            }

            // Multi-part phrase: slot*2 holds the chain's start, slot*2+1 the end of the part matched so far.
            int slot = part.ChainSlot * 2;
            if (part.Index == 0)
            {
                chain[slot] = start;
                chain[slot + 1] = i + 1;
            }
            else
            {
                int prevStart = chain[slot - 2], prevEnd = chain[slot - 1];
                if (prevEnd < 0 || prevEnd > start || start - prevEnd > MaxGap) continue;
                if (part.IsLast)
                {
                    sink.OnMatch(part.Pattern, prevStart, i + 1 - prevStart);
                }
                else
                {
                    chain[slot] = prevStart;
                    chain[slot + 1] = i + 1;
                }
            }
        }
    }

    /// <summary>
    /// The length of a reply-line prefix at <paramref name="at"/>: <c>550-</c> before a word, <c>550-5.7.1</c> or
    /// <c>550 5.7.1</c> before white space; 0 when there is none. Looks at most 15 characters ahead.
    /// </summary>
    internal static int RepeatedCodeLength(ReadOnlySpan<char> text, int at)
    {
        if (at + 4 > text.Length || !IsDigit(text[at + 1]) || !IsDigit(text[at + 2])) return 0;
        char separator = text[at + 3];
        if (separator is not ('-' or ' ')) return 0;
        int end = at + 4;
        int enhanced = EnhancedCodeLength(text, end);
        if (enhanced > 0)
        {
            end += enhanced;
            return end == text.Length || IsSpace(text[end]) ? end - at : 0;
        }

        // "550-Mailbox unknown": a continuation without an enhanced code.
        return separator == '-' && end < text.Length && char.IsLetter(text[end]) ? end - at : 0;
    }

    private static int EnhancedCodeLength(ReadOnlySpan<char> text, int at)
    {
        // class "." 1-3 digits "." 1-3 digits (RFC 3463)
        if (at + 5 > text.Length || text[at] is not ('2' or '4' or '5') || text[at + 1] != '.') return 0;
        int i = at + 2;
        for (int part = 0; part < 2; part++)
        {
            int digits = 0;
            while (i < text.Length && digits < 4 && IsDigit(text[i]))
            {
                i++;
                digits++;
            }

            if (digits is 0 or > 3) return 0;
            if (part == 0)
            {
                if (i >= text.Length || text[i] != '.') return 0;
                i++;
            }
        }

        return i - at;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\n';

    /// <summary>
    /// The automaton's transition: a dense row when the state has one, else the state's own edge, else its failure
    /// link. Each failure step makes the state shallower and each character deepens it by at most one, so a scan
    /// takes at most two steps per character on average.
    /// </summary>
    private int Step(int state, char c, bool dense)
    {
        while (true)
        {
            if (dense && c < 128 && state < _shallow) return _dense[(state << Shift) | _asciiClass[c]] & StateMask;
            int child = FindEdge(state, c);
            if (child >= 0) return child;
            if (state == 0) return 0;
            state = _fail[state];
        }
    }

    private int FindEdge(int state, char c)
    {
        int lo = _edgeStart[state], hi = _edgeStart[state + 1] - 1;
        if (hi - lo < 8)
        {
            for (int x = lo; x <= hi; x++)
            {
                if (_edgeChars[x] == c) return _edgeTargets[x];
            }

            return -1;
        }

        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            char m = _edgeChars[mid];
            if (m == c) return _edgeTargets[mid];
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }

        return -1;
    }

    /// <summary><see cref="Fold"/> for ASCII, as a table: the scan folds every character.</summary>
    private static readonly char[] AsciiFold = BuildAsciiFold();

    private static char[] BuildAsciiFold()
    {
        var table = new char[128];
        for (int c = 0; c < 128; c++) table[c] = Fold((char)c);
        return table;
    }

    /// <summary>Case and width folding shared by phrases and texts; white space becomes ' '.</summary>
    internal static char Fold(char c)
    {
        if (c < 128)
        {
            if (c is >= 'A' and <= 'Z') return (char)(c | 0x20);
            return c is '\t' or '\r' or '\n' or '\f' or '\v' ? ' ' : c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E') return Fold((char)(c - 0xFEE0)); // full-width ASCII
        if (c is >= '\u3040' and < '\uFF00') return c; // kana, CJK ideographs, Hangul: no case to fold, and the common non-ASCII text
        return c switch
        {
            '\u00A0' or '\u3000' or '\u2028' or '\u2029' => ' ',
            '\u2018' or '\u2019' => '\'',
            '\u201C' or '\u201D' => '"',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>The literal parts of a phrase (split at <c>*</c>), folded, with their <c>\b</c> word-boundary marks.</summary>
    internal static (string Folded, bool WordStart, bool WordEnd)[] SplitPhrase(string phrase)
    {
        string[] pieces = phrase.Split('*');
        var result = new (string, bool, bool)[pieces.Length];
        for (int i = 0; i < pieces.Length; i++)
        {
            string piece = pieces[i];
            bool wordStart = piece.StartsWith("\\b", StringComparison.Ordinal);
            if (wordStart) piece = piece.Substring(2);
            bool wordEnd = piece.EndsWith("\\b", StringComparison.Ordinal);
            if (wordEnd) piece = piece.Substring(0, piece.Length - 2);
            result[i] = (FoldPhrase(piece), wordStart, wordEnd);
        }

        return result;
    }

    private static string FoldPhrase(string phrase)
    {
        var sb = new System.Text.StringBuilder(phrase.Length);
        bool lastSpace = false;
        foreach (char raw in phrase)
        {
            char c = Fold(raw);
            if (c == ' ')
            {
                if (lastSpace) continue;
                lastSpace = true;
            }
            else
            {
                lastSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString().Trim();
    }
}

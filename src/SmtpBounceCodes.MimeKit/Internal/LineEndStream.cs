namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// A read-only stream that turns CRLF and bare CR line ends into LF as it reads. MimeKit's parser only breaks lines
/// at LF, so a message saved with classic Mac line ends (bare CR) would otherwise be one endless header line.
/// CR CR LF, which broken converters leave behind, counts as one line end.
/// </summary>
/// <remarks>Works in place on the caller's buffer with two flags of state: linear, no extra copies.</remarks>
internal sealed class LineEndStream(Stream inner, bool leaveOpen) : Stream
{
    private bool _afterCr;   // the last byte was a CR (already written as LF)
    private bool _heldCr;    // a second CR was read and not written yet: CR CR LF is one line end, CR CR x is two

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (count == 0) return 0;
        if (_heldCr && count == 1) return Flush(buffer.AsSpan(offset, count));
        while (true)
        {
            int read = inner.Read(buffer, offset, Room(count));
            if (read <= 0) return Flush(buffer.AsSpan(offset, count));
            int kept = Convert(buffer.AsSpan(offset, count), read);
            if (kept > 0) return kept;
        }
    }

#if NET
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        await ReadAsync(buffer.AsMemory(offset, count), cancellationToken).ConfigureAwait(false);

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.Length == 0) return 0;
        if (_heldCr && buffer.Length == 1) return Flush(buffer.Span);
        while (true)
        {
            int read = await inner.ReadAsync(buffer.Slice(0, Room(buffer.Length)), cancellationToken).ConfigureAwait(false);
            if (read <= 0) return Flush(buffer.Span);
            int kept = Convert(buffer.Span, read);
            if (kept > 0) return kept;
        }
    }

    public override int Read(Span<byte> buffer)
    {
        if (buffer.Length == 0) return 0;
        if (_heldCr && buffer.Length == 1) return Flush(buffer);
        while (true)
        {
            int read = inner.Read(buffer.Slice(0, Room(buffer.Length)));
            if (read <= 0) return Flush(buffer);
            int kept = Convert(buffer, read);
            if (kept > 0) return kept;
        }
    }
#else
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (count == 0) return 0;
        if (_heldCr && count == 1) return Flush(buffer.AsSpan(offset, count));
        while (true)
        {
            int read = await inner.ReadAsync(buffer, offset, Room(count), cancellationToken).ConfigureAwait(false);
            if (read <= 0) return Flush(buffer.AsSpan(offset, count));
            int kept = Convert(buffer.AsSpan(offset, count), read);
            if (kept > 0) return kept;
        }
    }
#endif

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen) inner.Dispose();
        base.Dispose(disposing);
    }

    /// <summary>How much to read from the inner stream: one byte less when a held CR may have to be written first.</summary>
    private int Room(int count) => _heldCr ? count - 1 : count;

    /// <summary>
    /// Writes a held CR as a line end of its own: at the end of the input, or when the caller's buffer has room for
    /// one byte only (then a CR CR LF read one byte at a time counts as two line ends).
    /// </summary>
    private int Flush(Span<byte> buffer)
    {
        if (!_heldCr || buffer.Length == 0) return 0;
        _heldCr = false;
        _afterCr = true;
        buffer[0] = (byte)'\n';
        return 1;
    }

    /// <summary>Rewrites the <paramref name="read"/> bytes at the start of <paramref name="buffer"/> in place; returns how many are left.</summary>
    private int Convert(Span<byte> buffer, int read)
    {
        // With a held CR the input is moved up one byte so that the CR's LF can be written in front of it.
        int r = 0;
        if (_heldCr)
        {
            buffer.Slice(0, read).CopyTo(buffer.Slice(1));
            r = 1;
            read++;
        }

        int w = 0;
        for (; r < read; r++)
        {
            byte b = buffer[r];
            if (_heldCr)
            {
                _heldCr = false;
                if (b == (byte)'\n')
                {
                    _afterCr = false; // CR CR LF: one line end, already written
                    continue;
                }

                buffer[w++] = (byte)'\n'; // CR CR x: the second CR is a line end too
            }

            if (b == (byte)'\r')
            {
                if (_afterCr) _heldCr = true;
                else buffer[w++] = (byte)'\n';
                _afterCr = !_heldCr;
            }
            else if (b == (byte)'\n' && _afterCr)
            {
                _afterCr = false; // the LF of a CRLF: already written
            }
            else
            {
                buffer[w++] = b;
                _afterCr = false;
            }
        }

        return w;
    }
}

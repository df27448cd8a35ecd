namespace SmtpBounceCodes.MimeKit.Internal;

/// <summary>
/// A read-only stream that turns CRLF and bare CR line ends into LF as it reads. MimeKit's parser only breaks lines
/// at LF, so a message saved with classic Mac line ends (bare CR) would otherwise be one endless header line.
/// CR CR LF, which broken converters leave behind, counts as one line end.
/// </summary>
/// <remarks>
/// Reads the inner stream through its own buffer so that a CR at the end of one read can look at the bytes after it:
/// the output does not depend on how the caller sizes its reads. Linear, one copy.
/// </remarks>
internal sealed class LineEndStream(Stream inner, bool leaveOpen) : Stream
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly byte[] _buffer = new byte[16 * 1024];
    private int _pos;
    private int _len;
    private bool _eof;

    /// <summary>How many bytes were read from the inner stream so far.</summary>
    internal long Consumed { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

#if NET
    public override int Read(Span<byte> buffer)
#else
    private int Read(Span<byte> buffer)
#endif
    {
        int written = 0;
        while (Convert(buffer, ref written) && written == 0)
        {
            Compact();
            int n = inner.Read(_buffer, _len, _buffer.Length - _len);
            Filled(n);
        }

        return written;
    }

#if NET
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int written = 0;
        while (Convert(buffer.Span, ref written) && written == 0)
        {
            Compact();
            int n = await inner.ReadAsync(_buffer.AsMemory(_len, _buffer.Length - _len), cancellationToken).ConfigureAwait(false);
            Filled(n);
        }

        return written;
    }
#else
    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        int written = 0;
        while (Convert(buffer.AsSpan(offset, count), ref written) && written == 0)
        {
            Compact();
            int n = await inner.ReadAsync(_buffer, _len, _buffer.Length - _len, cancellationToken).ConfigureAwait(false);
            Filled(n);
        }

        return written;
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

    /// <summary>
    /// Converts buffered bytes into <paramref name="output"/> until it is full or more input is needed.
    /// Returns whether more input is needed (and the input has not ended).
    /// </summary>
    private bool Convert(Span<byte> output, ref int written)
    {
        while (written < output.Length)
        {
            if (_pos >= _len) return !_eof;
            byte b = _buffer[_pos];
            if (b != Cr)
            {
                output[written++] = b;
                _pos++;
                continue;
            }

            // A CR decides with the two bytes after it: CR LF and CR CR LF are one line end, a lone CR is one too.
            int ahead = _len - _pos;
            if (ahead < 3 && !_eof) return true;
            if (ahead >= 2 && _buffer[_pos + 1] == Lf) _pos += 2;
            else if (ahead >= 3 && _buffer[_pos + 1] == Cr && _buffer[_pos + 2] == Lf) _pos += 3;
            else _pos += 1;
            output[written++] = Lf;
        }

        return false;
    }

    /// <summary>Moves the unread bytes to the front of the buffer to make room for more.</summary>
    private void Compact()
    {
        if (_pos == 0) return;
        Buffer.BlockCopy(_buffer, _pos, _buffer, 0, _len - _pos);
        _len -= _pos;
        _pos = 0;
    }

    private void Filled(int read)
    {
        if (read <= 0)
        {
            _eof = true;
            return;
        }

        _len += read;
        Consumed += read;
    }
}

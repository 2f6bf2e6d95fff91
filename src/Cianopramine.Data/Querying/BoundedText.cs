using System;
using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Querying;

/// <summary>
/// The builder behind every text report (<c>ToText</c> and the <c>ToString</c> of query results): a
/// <see cref="StringBuilder"/> that holds at most <see cref="MaxLength"/> characters. The append that would pass the
/// limit writes what fits and stops the report (<see cref="Build"/> catches that), so a report costs time and memory
/// bounded by the limit whatever the data repeats; a cut report ends with <see cref="TruncationMarker"/>.
/// </summary>
/// <remarks>
/// Reports mention each datum of the question a bounded number of times, so on data the loader accepts with its
/// default limit (16 MiB a source) they stay far below the limit; what reaches it is data that a report repeats many
/// times (a long name in every step of a dense graph). docs/quality.md (issue 15) says why the limit has its value.
/// </remarks>
internal sealed class BoundedText
{
    /// <summary>The most characters a report holds before its truncation marker: 16 Mi (32 MiB of UTF-16).</summary>
    public const int MaxLength = 16 * 1024 * 1024;

    /// <summary>The line a report cut at <see cref="MaxLength"/> ends with.</summary>
    public static readonly string TruncationMarker = Marker(MaxLength);

    private readonly StringBuilder _text = new();
    private readonly int _maxLength;

    /// <summary>Creates a builder with a limit (tests use a small one).</summary>
    public BoundedText(int maxLength = MaxLength) => _maxLength = maxLength;

    /// <summary>The number of characters written.</summary>
    public int Length => _text.Length;

    /// <summary>Runs a report's writer and returns its text, cut with <see cref="TruncationMarker"/> at the limit.</summary>
    public static string Build(Action<BoundedText> write, int maxLength = MaxLength)
    {
        var text = new BoundedText(maxLength);
        try
        {
            write(text);
        }
        catch (LimitReachedException)
        {
            text._text.Append(Marker(maxLength));
        }

        return text._text.ToString();
    }

    /// <summary>The line a report cut at <paramref name="maxLength"/> characters ends with.</summary>
    public static string Marker(int maxLength) =>
        Environment.NewLine + "… [output truncated at " + maxLength.ToString("N0", CultureInfo.InvariantCulture)
        + " characters: the report repeats more data than a report may hold; ask a narrower question]" + Environment.NewLine;

    /// <summary>Appends text.</summary>
    public BoundedText Append(string? value)
    {
        if (value is null)
        {
            return this;
        }

        var room = _maxLength - _text.Length;
        if (value.Length > room)
        {
            // Never cut between the two halves of a surrogate pair.
            if (room > 0 && char.IsHighSurrogate(value[room - 1]))
            {
                room--;
            }

            _text.Append(value, 0, Math.Max(0, room));
            throw new LimitReachedException();
        }

        _text.Append(value);
        return this;
    }

    /// <summary>Appends a character.</summary>
    public BoundedText Append(char value) => Append(value, 1);

    /// <summary>Appends a character several times.</summary>
    public BoundedText Append(char value, int repeatCount)
    {
        var room = _maxLength - _text.Length;
        if (repeatCount > room)
        {
            _text.Append(value, Math.Max(0, room));
            throw new LimitReachedException();
        }

        _text.Append(value, repeatCount);
        return this;
    }

    /// <summary>Appends a number, in the invariant culture (reports never depend on the current culture).</summary>
    public BoundedText Append(int value) => Append(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Appends an object's text; numbers and other formattable values in the invariant culture.</summary>
    public BoundedText Append(object? value) =>
        Append(value is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    /// <summary>Ends the line with <see cref="Environment.NewLine"/>, as <see cref="StringBuilder.AppendLine()"/> does.</summary>
    public BoundedText AppendLine() => Append(Environment.NewLine);

    /// <summary>Appends text and ends the line, as <see cref="StringBuilder.AppendLine(string)"/> does.</summary>
    public BoundedText AppendLine(string? value) => Append(value).AppendLine();

    /// <summary>The text so far.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>Thrown by an append that reaches the limit; caught by <see cref="Build"/> only.</summary>
    private sealed class LimitReachedException : Exception
    {
    }
}

using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// The canonical text of a dataset and its SHA-256 content hash. The text is compact JSON written by
/// <see cref="ModelFormat"/>: a fixed property order, the items of each section sorted by id (ordinal), absent values
/// and empty optional lists left out, enumeration words and units in their canonical spelling, decimals without
/// exponent or trailing zeros (<c>0.000050</c> and <c>5E-05</c> are both <c>0.00005</c>). It holds the data and nothing
/// else: not the file paths, positions, property order or item order of the source, nor the split into files, nor
/// the generated type's namespace and name. Lists inside an item keep their order (author order is data). The text
/// is written here, character by character, rather than by System.Text.Json, so that the generator (which runs on
/// whatever System.Text.Json the compiler has) and the library compute the same hash.
/// </summary>
internal sealed class CanonicalSink : IModelSink
{
    private const string HexDigits = "0123456789abcdef";

    // While hashing, the text is encoded and hashed every few thousand characters instead of kept whole: the
    // canonical text of a 5 MB dataset is millions of characters, and only its hash is wanted.
    private const int FlushLength = 8192;

    private readonly StringBuilder _text;
    private readonly HashAlgorithm? _hash;
    private readonly Encoder? _encoder;
    private char[] _chars = Array.Empty<char>();
    private byte[] _bytes = Array.Empty<byte>();
    private bool _first = true;
    private int _depth;

    private CanonicalSink(HashAlgorithm? hash = null)
    {
        _hash = hash;

        // While hashing, one chunk of the builder holds what is written between flushes (clearing a builder of several
        // chunks copies its last chunk into a new array).
        _text = hash is null ? new StringBuilder() : new StringBuilder(FlushLength * 4);

        // An encoder keeps a high surrogate that ends one piece for the next piece, so the bytes hashed are exactly
        // Encoding.UTF8.GetBytes of the whole text.
        _encoder = hash is null ? null : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    }

    public bool SortsItemsById => true;

    /// <summary>The SHA-256 of the canonical text's UTF-8 bytes, as 64 lowercase hexadecimal digits.</summary>
    /// <param name="content">The dataset's items.</param>
    /// <returns>The hash.</returns>
    public static string ComputeHash(DatasetContent content)
    {
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            var sink = new CanonicalSink(sha);
            ModelFormat.Write(sink, content);
            sink.Flush(final: true);
            sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
            hash = sha.Hash!;
        }

        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        }

        return hex.ToString();
    }

    /// <summary>Encodes and hashes the text so far (only while hashing), then forgets it.</summary>
    /// <param name="final">Whether this is the end of the text.</param>
    private void Flush(bool final)
    {
        if (_hash is null || _encoder is null)
        {
            return;
        }

        var length = _text.Length;
        if (_chars.Length < length)
        {
            _chars = new char[Math.Max(length, FlushLength * 2)];
        }

        _text.CopyTo(0, _chars, 0, length);
        _text.Clear();
        var count = _encoder.GetByteCount(_chars, 0, length, final);
        if (_bytes.Length < count)
        {
            _bytes = new byte[Math.Max(count, FlushLength * 4)];
        }

        var written = _encoder.GetBytes(_chars, 0, length, _bytes, 0, final);
        _hash.TransformBlock(_bytes, 0, written, null, 0);
    }

    /// <summary>The canonical text (a line per section and per item, for people comparing two of them).</summary>
    /// <param name="content">The dataset's items.</param>
    /// <returns>The text.</returns>
    public static string Render(DatasetContent content)
    {
        var sink = new CanonicalSink();
        ModelFormat.Write(sink, content);
        return sink._text.ToString();
    }

    /// <summary>The canonical text of one item, as its section writes it.</summary>
    /// <typeparam name="T">The kind of item.</typeparam>
    /// <param name="item">The item.</param>
    /// <returns>The text (one JSON object; other items appear by id).</returns>
    public static string RenderItem<T>(T item)
        where T : class
    {
        var sink = new CanonicalSink();
        ModelFormat.WriteItem(sink, item);
        return sink._text.ToString();
    }

    public void BeginObject(string? name)
    {
        Name(name);
        _text.Append('{');
        _first = true;
        _depth++;
    }

    public bool BeginOptionalObject(string name, bool present)
    {
        if (present)
        {
            BeginObject(name);
        }

        return present;
    }

    public void EndObject()
    {
        _text.Append('}');
        _first = false;
        _depth--;
        if (_hash is not null && _text.Length >= FlushLength)
        {
            Flush(final: false);
        }
    }

    public bool BeginArray(string name, int count, bool required)
    {
        if (count == 0 && !required)
        {
            return false;
        }

        Name(name);
        _text.Append('[');
        _first = true;
        _depth++;
        return true;
    }

    public void EndArray()
    {
        _text.Append(']');
        _first = false;
        _depth--;
    }

    public void String(string? name, string value)
    {
        Name(name);
        Quote(value);
    }

    public void OptionalString(string name, string? value)
    {
        if (value is not null)
        {
            String(name, value);
        }
    }

    public void OptionalInteger(string name, long? value)
    {
        if (value is { } v)
        {
            Name(name);
            _text.Append(v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Decimal(string name, decimal value)
    {
        Name(name);
#if NET
        // The same text as FormatDecimal, without a string per number (a 5 MB dataset hashes tens of thousands).
        Span<char> buffer = stackalloc char[40];
        if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture))
        {
            var text = buffer.Slice(0, written);
            _text.Append(text.IndexOf('.') >= 0 ? text.TrimEnd('0').TrimEnd('.') : text);
            return;
        }
#endif
        _text.Append(FormatDecimal(value));
    }

    public void OptionalDecimal(string name, decimal? value)
    {
        if (value is { } v)
        {
            Decimal(name, v);
        }
    }

    public void OptionalDouble(string name, double? value)
    {
        if (value is { } v)
        {
            Name(name);
            _text.Append(v is > -7.9e28 and < 7.9e28 ? FormatDecimal((decimal)v) : v.ToString("E16", CultureInfo.InvariantCulture));
        }
    }

    public void Flag(string name, bool value)
    {
        if (value)
        {
            Name(name);
            _text.Append("true");
        }
    }

    public void OptionalBool(string name, bool? value)
    {
        if (value is { } v)
        {
            Name(name);
            _text.Append(v ? "true" : "false");
        }
    }

    public void Word<TEnum>(string? name, TEnum value)
        where TEnum : struct, Enum => String(name, EnumWords.For<TEnum>().ToWord(value));

    public void OptionalWord<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            Word(name, v);
        }
    }

    public void Link(string? name, LinkKind kind, string id) => String(name, id);

    public void OptionalLink(string name, LinkKind kind, string? id) => OptionalString(name, id);

    public void Enzymes(string name, EnzymeEvidence evidence, ValueArray<string> names)
    {
        if (evidence != EnzymeEvidence.Reported)
        {
            Word(name, evidence);
            return;
        }

        BeginArray(name, names.Count, required: true);
        foreach (var enzyme in names)
        {
            String(null, enzyme);
        }

        EndArray();
    }

    public void References(string name, ValueArray<Reference> references, bool required)
    {
        if (!BeginArray(name, references.Count, required))
        {
            return;
        }

        foreach (var reference in references)
        {
            String(null, reference.Id);
        }

        EndArray();
    }

    /// <summary>
    /// Writes a decimal without exponent or trailing zeros (<c>5e-5</c>, <c>0.000050</c> → <c>0.00005</c>). A negative
    /// zero needs no case of its own: a decimal's text never carries the sign of a zero (<c>-0.0</c> reads as
    /// <c>0.0</c>, written <c>0</c>).
    /// </summary>
    private static string FormatDecimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        return text.IndexOf(".", StringComparison.Ordinal) >= 0 ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    private void Name(string? name)
    {
        if (!_first)
        {
            _text.Append(',');
        }

        _first = false;
        if (_depth == 1 || (_depth == 2 && name is null))
        {
            _text.Append('\n'); // a line per section and per item: a diff of two canonical texts reads item by item
        }

        if (name is not null)
        {
            Quote(name);
            _text.Append(':');
        }
    }

    private void Quote(string value)
    {
        // Runs of characters that need no escape are appended whole (almost every string is one run).
        _text.Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\')
            {
                continue;
            }

            _text.Append(value, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"':
                    _text.Append("\\\"");
                    break;
                case '\\':
                    _text.Append("\\\\");
                    break;
                default:
                    _text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }

        _text.Append(value, run, value.Length - run).Append('"');
    }
}

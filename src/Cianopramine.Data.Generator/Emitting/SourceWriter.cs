using System;
using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Generator.Emitting;

/// <summary>A small indented writer of C# source, in the manner of System.Text.Json's generator.</summary>
internal sealed class SourceWriter
{
    private const int IndentSize = 4;
    private readonly StringBuilder _text = new();
    private int _indent;

    public int Length => _text.Length;

    public SourceWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * IndentSize).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public SourceWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent()
    {
        _indent++;
        return this;
    }

    public SourceWriter Outdent()
    {
        _indent--;
        return this;
    }

    public override string ToString() => _text.ToString();
}

/// <summary>
/// Every way text reaches generated C#, one function per context (issue 15): <see cref="String"/> for a C# string
/// literal, <see cref="XmlText"/> for an XML doc comment, <see cref="OneLine"/> for a <c>//</c> comment. The emitters
/// put no other text into the source: ids, namespaces and type names are checked C# names (CPD0018, CPD0031) and
/// numbers are written by the other members here. Each function accepts any string, every control character,
/// non-character and lone surrogate included, and its output cannot end the context or break the build
/// (<c>LiteralTests</c> checks every UTF-16 code unit; <c>GeneratedCodeEscapingTests</c> compiles datasets that use
/// them with documentation diagnostics and warnings as errors).
/// </summary>
internal static class Literal
{
    /// <summary>A C# string literal whose value is exactly <paramref name="value"/>: everything but printable ASCII is a <c>\uXXXX</c> escape.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var text = new StringBuilder(value.Length + 2);
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\0': text.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || char.IsSurrogate(c) || c > '\u007e')
                    {
                        AppendEscape(text, c);
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "m";

    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "d";

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>
    /// Text safe inside an XML doc comment: <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, and on one line with no
    /// character XML 1.0 forbids (see <see cref="OneLine"/>), so the compiler never reports CS1570 for it.
    /// </summary>
    public static string XmlText(string value) =>
        OneLine(value).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>
    /// Text safe in a <c>//</c> comment (and, escaped by <see cref="XmlText"/>, in a doc comment): every character C#
    /// reads as the end of a line (CR, LF, U+0085, U+2028, U+2029) becomes a space, so nothing after it can become
    /// code; every other control character (U+0000–U+001F but tab, U+007F–U+009F), the non-characters U+FFFE and
    /// U+FFFF and a lone surrogate, none of which XML 1.0 allows, becomes its escape as text (<c>\u0001</c>).
    /// </summary>
    public static string OneLine(string value)
    {
        StringBuilder? text = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var lineEnd = c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029';
            if (!lineEnd && !IsUnsafeInComment(value, i))
            {
                text?.Append(c);
                continue;
            }

            text ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
            if (lineEnd)
            {
                text.Append(' ');
            }
            else
            {
                AppendEscape(text, c);
            }
        }

        return text?.ToString() ?? value;
    }

    private static bool IsUnsafeInComment(string value, int i)
    {
        var c = value[i];
        if (c == '\t')
        {
            return false;
        }

        if (char.IsControl(c) || c is '\uFFFE' or '\uFFFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }

    private static void AppendEscape(StringBuilder text, char c) =>
        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));

    /// <summary>An identifier made of letters and digits in PascalCase: "my-lab.data" → "MyLabData".</summary>
    public static string PascalCase(string id)
    {
        var text = new StringBuilder(id.Length);
        var upper = true;
        foreach (var c in id)
        {
            if (char.IsLetterOrDigit(c) && c < 128)
            {
                text.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (text.Length == 0 || char.IsDigit(text[0]))
        {
            text.Insert(0, '_');
        }

        return text.ToString();
    }
}

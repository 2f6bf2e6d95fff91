using System;
using System.Globalization;

namespace Cianopramine.Data.DataFiles;

/// <summary>Positions and plain-words reasons for JSON syntax errors (CPD0001).</summary>
internal static class SyntaxErrors
{
    /// <summary>Whether the text is only JSON whitespace.</summary>
    public static bool IsBlank(byte[] bytes, int offset, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (bytes[offset + i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The byte offset of a JsonException's position (the reader counts lines by LF only).</summary>
    public static int ByteOffsetOf(byte[] bytes, int offset, int length, long? lineNumber, long? bytePositionInLine)
    {
        var line = lineNumber ?? 0;
        var i = 0;
        while (line > 0 && i < length)
        {
            if (bytes[offset + i] == (byte)'\n')
            {
                line--;
            }

            i++;
        }

        return (int)Math.Min(length, i + (bytePositionInLine ?? 0));
    }

    /// <summary>A reason for a syntax error, in our words: the reader's wording differs between System.Text.Json versions.</summary>
    public static string Describe(byte[] bytes, int offset, int length, int position)
    {
        if (position >= length)
        {
            return "the JSON text ends unexpectedly (is the file truncated?)";
        }

        var b = bytes[offset + position];
        if (b == (byte)'/')
        {
            return "comments are not allowed";
        }

        if (b is (byte)'}' or (byte)']')
        {
            var k = position - 1;
            while (k >= 0 && bytes[offset + k] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                k--;
            }

            if (k >= 0 && bytes[offset + k] == (byte)',')
            {
                return "trailing commas are not allowed";
            }
        }

        var shown = b is >= 0x20 and < 0x7F
            ? new string((char)b, 1)
            : "\\x" + b.ToString("X2", CultureInfo.InvariantCulture);
        return "unexpected character '" + shown + "'";
    }
}

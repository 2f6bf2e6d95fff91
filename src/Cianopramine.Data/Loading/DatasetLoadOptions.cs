using System;
using Cianopramine.Data.DataFiles;

namespace Cianopramine.Data.Loading;

/// <summary>Limits for loading datasets from untrusted input.</summary>
/// <remarks>
/// The limits are checked before and while reading, so a hostile input cannot make the loader use much more memory
/// than <see cref="MaxBytes"/> per source. Nesting is limited to <see cref="MaxDepth"/> levels (CPD0028); numbers
/// that overflow a decimal or a double, or are not finite, are rejected (CPD0010); JSON has no NaN or Infinity
/// literals, so those are syntax errors (CPD0001). No type names are ever read from the input.
/// </remarks>
public sealed class DatasetLoadOptions
{
    private readonly int _maxBytes = DatasetFileReader.DefaultMaxBytes;

    /// <summary>The deepest nesting of JSON objects and arrays accepted (64); deeper input is CPD0028.</summary>
    public const int MaxDepth = JsonTreeBuilder.MaxDepth;

    /// <summary>The default options: at most 16 MiB per source.</summary>
    internal static DatasetLoadOptions Default { get; } = new();

    /// <summary>
    /// What to do with an item that breaks a rule: <see cref="InvalidItemHandling.Fail"/> (the default) fails the load;
    /// <see cref="InvalidItemHandling.LeaveOut"/> leaves the item out, with everything that refers to it, and reports
    /// each in <see cref="DatasetLoadResult.LeftOut"/> and as a CPD0035 warning.
    /// </summary>
    public InvalidItemHandling InvalidItems { get; init; } = InvalidItemHandling.Fail;

    /// <summary>
    /// The largest accepted size of one source, in UTF-8 bytes without a byte order mark; larger input is CPD0028 and
    /// is not read further. The default is 16 MiB (16 777 216 bytes).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxBytes
    {
        get => _maxBytes;
        init => _maxBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "The size limit must be positive.");
    }
}

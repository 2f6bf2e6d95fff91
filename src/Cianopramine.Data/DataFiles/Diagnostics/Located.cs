namespace Cianopramine.Data.DataFiles;

/// <summary>A value read from a data file, with the place it was read from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="Location">Where the value's JSON token is.</param>
internal readonly record struct Located<T>(T Value, SourceLocation Location);

namespace Cianopramine.Data.DataFiles;

/// <summary>A value read from a data file, with the place it was read from.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The value.</param>
/// <param name="At">Where the value's JSON token is (a <see cref="SourceLocation"/> is made from it when asked for).</param>
internal readonly record struct Located<T>(T Value, ValueLocation At)
{
    /// <summary>Where the value's JSON token is; made on each call from <see cref="At"/>, for messages.</summary>
    public SourceLocation Location => At.Resolve();
}

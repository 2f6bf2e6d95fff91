using System;

namespace Cianopramine.Data.DataFiles;

/// <summary>
/// Where a value read from a file is, kept without an object of its own: the location of the object it lies in and
/// the value's byte span, from which <see cref="Resolve"/> makes a <see cref="SourceLocation"/> when a message needs
/// one; or a location already made.
/// </summary>
/// <remarks>
/// The reader keeps one of these for every value a rule may report at (ids, references, units, magnitudes …), and
/// almost none is ever shown; a struct of 16 bytes inside the spec replaces an object of 64. Its value is that of the
/// location it stands for: equality and the hash code compare resolved locations.
/// </remarks>
internal readonly struct ValueLocation : IEquatable<ValueLocation>
{
    private readonly SourceLocation? _anchor;
    private readonly int _startByte;

    // -1 when the anchor is the location itself.
    private readonly int _endByte;

    /// <summary>Stands for a location already made.</summary>
    /// <param name="location">The location.</param>
    public ValueLocation(SourceLocation location)
    {
        _anchor = location;
        _startByte = 0;
        _endByte = -1;
    }

    /// <summary>
    /// The value at the byte span [<paramref name="startByte"/>, <paramref name="endByte"/>) inside the object at
    /// <paramref name="container"/> (a location read from a file, not yet detached).
    /// </summary>
    /// <param name="container">The location of the object the value lies in.</param>
    /// <param name="startByte">The first byte of the value's token.</param>
    /// <param name="endByte">The byte just after it.</param>
    public ValueLocation(SourceLocation container, int startByte, int endByte)
    {
        _anchor = container;
        _startByte = startByte;
        _endByte = endByte;
    }

    /// <summary>The location (a new lazy one each call for a value inside an object), or <see langword="null"/> for <c>default</c>.</summary>
    /// <returns>The location.</returns>
    public SourceLocation Resolve() =>
        _endByte < 0 || _anchor is null ? _anchor! : SourceLocation.Inside(_anchor, _startByte, _endByte);

    /// <summary>Makes the location.</summary>
    /// <param name="location">The value location.</param>
    public static explicit operator SourceLocation(ValueLocation location) => location.Resolve();

    /// <summary>Stands for a location already made.</summary>
    /// <param name="location">The location.</param>
    public static implicit operator ValueLocation(SourceLocation location) => new(location);

    /// <summary>Whether both stand for the same place.</summary>
    /// <param name="other">The other value location.</param>
    /// <returns>Whether their locations are equal.</returns>
    public bool Equals(ValueLocation other)
    {
        if (ReferenceEquals(_anchor, other._anchor) && _startByte == other._startByte && _endByte == other._endByte)
        {
            return true;
        }

        // Two reads of one text (what the generator compares to decide what to redo): equal items holding the same
        // bytes decide it from the offsets, without finding every value's path.
        if (_endByte >= 0 && other._endByte >= 0 && _anchor is not null && other._anchor is not null &&
            SourceLocation.SamePlaceInside(_anchor, _startByte, _endByte, other._anchor, other._startByte, other._endByte) is { } same)
        {
            return same;
        }

        return Equals(Resolve(), other.Resolve());
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ValueLocation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Resolve()?.GetHashCode() ?? 0;

    /// <inheritdoc/>
    public override string ToString() => Resolve()?.ToString() ?? string.Empty;
}

using System;
using System.Collections.Generic;

namespace Cianopramine.Data.Model;

/// <summary>What a dataset is: id, title, version, sources and a content hash.</summary>
public sealed record DatasetMetadata
{
    /// <summary>Built by the library only (from validated data).</summary>
    internal DatasetMetadata()
    {
    }

    /// <summary>The dataset's id (cianopramine).</summary>
    public string Id { get; internal init; } = null!;

    /// <summary>The title.</summary>
    public string Title { get; internal init; } = null!;

    /// <summary>The data version.</summary>
    public string Version { get; internal init; } = null!;

    /// <summary>A description, or null.</summary>
    public string? Description { get; internal init; }

    /// <summary>The references the dataset as a whole is compiled from.</summary>
    public ValueArray<Reference> Sources { get; internal init; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of the data's canonical form: the same for the same facts whatever the file split,
    /// property order or white space, and the same whether computed by the generator or the runtime loader.
    /// </summary>
    /// <remarks>
    /// A dataset loaded at run time computes it when it is first read (hashing the canonical form is about a tenth of
    /// loading a large file, and most programs never read it); its value does not depend on when that happens.
    /// </remarks>
    public string ContentHash
    {
        get => _contentHash ??= _hashContent!();
        internal init => _contentHash = value;
    }

    /// <summary>Computes <see cref="ContentHash"/> when it is first read, instead of a value given now.</summary>
    internal Func<string> HashContent
    {
        init
        {
            _hashContent = value;
            _contentHash = null;
        }
    }

    // The hash, or null until it is computed by _hashContent (written once, with a value that does not depend on who
    // writes it).
    private string? _contentHash;
    private Func<string>? _hashContent;

    /// <summary>Equal when every property is equal (the content hash computed first where it is not yet).</summary>
    /// <param name="other">The other metadata.</param>
    /// <returns>Whether both describe the same dataset.</returns>
    public bool Equals(DatasetMetadata? other) =>
        ReferenceEquals(this, other) ||
        other is not null &&
        string.Equals(Id, other.Id, StringComparison.Ordinal) &&
        string.Equals(Title, other.Title, StringComparison.Ordinal) &&
        string.Equals(Version, other.Version, StringComparison.Ordinal) &&
        string.Equals(Description, other.Description, StringComparison.Ordinal) &&
        Sources.Equals(other.Sources) &&
        string.Equals(ContentHash, other.ContentHash, StringComparison.Ordinal);

    /// <summary>A hash of every property.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
    {
        unchecked
        {
            var hash = StringComparer.Ordinal.GetHashCode(Id);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Title);
            hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Version);
            hash = (hash * 397) ^ (Description is null ? 0 : StringComparer.Ordinal.GetHashCode(Description));
            hash = (hash * 397) ^ Sources.GetHashCode();
            return (hash * 397) ^ StringComparer.Ordinal.GetHashCode(ContentHash);
        }
    }

    /// <summary>Title and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} {Version}";
}

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
    public string ContentHash { get; internal init; } = null!;

    /// <summary>Title and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} {Version}";
}

namespace Cianopramine.Data.Model;

/// <summary>What a dataset is: id, title, version, sources and a content hash.</summary>
public sealed record DatasetMetadata
{
    /// <summary>The dataset's id (cianopramine).</summary>
    public required string Id { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The data version.</summary>
    public required string Version { get; init; }

    /// <summary>A description, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The references the dataset as a whole is compiled from.</summary>
    public ValueArray<Reference> Sources { get; init; }

    /// <summary>
    /// The SHA-256 (lowercase hex) of the data's canonical form: the same for the same facts whatever the file split,
    /// property order or white space, and the same whether computed by the generator or the runtime loader.
    /// </summary>
    public required string ContentHash { get; init; }

    /// <summary>Title and version.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Title} {Version}";
}

using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>The dataset manifest: the <c>"dataset"</c> object of exactly one file of a dataset.</summary>
internal sealed record DatasetManifestSpec
{
    /// <summary>Where the manifest object is.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The dataset id.</summary>
    public required Located<string> Id { get; init; }

    /// <summary>A human title.</summary>
    public required string Title { get; init; }

    /// <summary>The data version, e.g. <c>1.0.0</c>.</summary>
    public required string Version { get; init; }

    /// <summary>A paragraph, or <see langword="null"/>.</summary>
    public string? Description { get; init; }

    /// <summary>The reference ids the dataset as a whole is compiled from.</summary>
    public ValueArray<Located<string>> Sources { get; init; }

    /// <summary>The namespace of the generated type, or <see langword="null"/> for the project's root namespace.</summary>
    public Located<string>? Namespace { get; init; }

    /// <summary>The generated type's name, or <see langword="null"/> for the id in PascalCase + <c>Dataset</c>.</summary>
    public Located<string>? TypeName { get; init; }
}

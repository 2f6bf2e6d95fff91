namespace Cianopramine.Data.Export;

/// <summary>How <see cref="DatasetJson"/> writes a dataset.</summary>
public sealed class DatasetJsonOptions
{
    /// <summary>The default options: indented with two spaces, no <c>$schema</c>.</summary>
    internal static DatasetJsonOptions Default { get; } = new();

    /// <summary>Whether to indent (two spaces, <c>\n</c> line ends on every platform); otherwise the JSON is compact. Default: true.</summary>
    public bool Indented { get; init; } = true;

    /// <summary>
    /// A <c>$schema</c> value to write first (e.g. <c>https://…/dataset.schema.json</c> or a relative path, for editors
    /// that validate as you type), or <see langword="null"/> (the default) to write none.
    /// </summary>
    public string? Schema { get; init; }
}

using Cianopramine.Data.Model;

namespace Cianopramine.Data.DataFiles;

/// <summary>A data gap, as a source states it: an item of <c>gaps[]</c>.</summary>
internal sealed record GapSpec
{
    public required SourceLocation Location { get; init; }

    public required Located<string> Id { get; init; }

    /// <summary>The source's words.</summary>
    public required string Text { get; init; }

    public ValueArray<Located<string>> Compounds { get; init; }

    public ValueArray<Located<string>> Targets { get; init; }

    /// <summary>The quantitative parameters that are missing.</summary>
    public ValueArray<ActivityParameter> Parameters { get; init; }

    public AssaySetting? Setting { get; init; }

    public ValueArray<Located<string>> References { get; init; }
}

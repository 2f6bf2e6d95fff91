using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>An additional file that lives in memory, as the compiler hands <c>AdditionalFiles</c> to a generator.</summary>
internal sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    /// <summary>A file with the given text.</summary>
    public InMemoryAdditionalText(string path, string text)
        : this(path, SourceText.From(text, Encoding.UTF8))
    {
    }

    /// <summary>A file with the given source text; <see langword="null"/> is a file the compiler could not read.</summary>
    public InMemoryAdditionalText(string path, SourceText? text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    public override string ToString() => Path;
}

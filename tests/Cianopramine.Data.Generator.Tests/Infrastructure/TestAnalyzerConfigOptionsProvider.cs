using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Cianopramine.Data.Generator.Tests.Infrastructure;

/// <summary>
/// The global analyzer options of a test project: what MSBuild passes for <c>CompilerVisibleProperty</c> items,
/// e.g. <c>build_property.RootNamespace</c>.
/// </summary>
internal sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions NoOptions = new(ImmutableDictionary<string, string>.Empty);

    public TestAnalyzerConfigOptionsProvider(ImmutableDictionary<string, string> globalOptions) =>
        GlobalOptions = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <summary>Options with <c>build_property.RootNamespace</c> set, or none when <paramref name="rootNamespace"/> is null.</summary>
    public static TestAnalyzerConfigOptionsProvider WithRootNamespace(string? rootNamespace) =>
        new(rootNamespace is null
            ? ImmutableDictionary<string, string>.Empty
            : ImmutableDictionary<string, string>.Empty.Add("build_property.RootNamespace", rootNamespace));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => NoOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => NoOptions;

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        // [NotNullWhen(true)] belongs here, but the generator's netstandard2.0 polyfill of that attribute is visible to
        // this assembly (InternalsVisibleTo) and clashes with the framework's, so the annotation is left out.
#pragma warning disable CS8765
        public override bool TryGetValue(string key, out string? value) => values.TryGetValue(key, out value);
#pragma warning restore CS8765
    }
}

using System.Reflection;
using System.Text.RegularExpressions;
using Cianopramine.Data.Display;
using Cianopramine.Data.Model;
using Cianopramine.Data.Querying;
using Cianopramine.Data.Tests.Serialization;

namespace Cianopramine.Data.Tests.Display;

/// <summary>
/// Every public type a query returns (the public methods of <see cref="Dataset"/>, <see cref="MetabolismGraph"/> and
/// <see cref="ResultQuery"/>, found by reflection) has a text/html formatter in the notebook extension
/// (interactive-extensions/dotnet/extension.dib) and an HTML rendering, so a notebook never falls back to the default
/// tree (a 190 KB dump for a data-gap report); and renderings are bounded by <see cref="HtmlDisplayOptions.MaxRows"/>.
/// </summary>
public sealed partial class NotebookFormatterTests
{
    private static readonly Type[] QueryHolders = { typeof(Dataset), typeof(MetabolismGraph), typeof(ResultQuery) };

    private static string Extension => File.ReadAllText(Path.Combine(
        SerializationTestFiles.RepositoryRoot, "src", "Cianopramine.Data", "interactive-extensions", "dotnet", "extension.dib"));

    public static TheoryData<string> ReturnedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var name in TypeNames())
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> TypeNames()
    {
        foreach (var type in QueryHolders
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.DeclaringType != typeof(object))
            .Select(m => m.ReturnType)
            .Where(t => t.Namespace?.StartsWith("Cianopramine.Data", StringComparison.Ordinal) == true && !t.IsEnum)
            .Distinct())
        {
            yield return Name(type);
        }
    }

    [Theory]
    [MemberData(nameof(ReturnedTypes))]
    public void Every_type_a_query_returns_has_a_notebook_formatter(string type)
    {
        var registered = Registration().Matches(Extension).Select(m => m.Groups["type"].Value).ToHashSet();

        registered.Should().Contain(type, "a notebook must render what a query returns as HTML, not as the default tree");
    }

    [Fact]
    public void The_query_types_include_the_reports_that_had_no_formatter()
    {
        TypeNames().Should().Contain(new[]
        {
            "Cianopramine.Data.Querying.DataGapReport", "Cianopramine.Data.Model.Reference",
            "Cianopramine.Data.Model.ValueArray<Cianopramine.Data.Model.MetabolicTransformation>",
        });
    }

    [Fact]
    public void The_new_renderings_show_their_content_and_are_cut_at_MaxRows_with_a_count()
    {
        var data = CianopramineDataset.Instance;
        var one = new HtmlDisplayOptions { MaxRows = 1 };

        var gaps = DatasetHtml.ToHtml(data.MissingQuantitativeData(), one);
        var references = DatasetHtml.ToHtml((IEnumerable<Reference>)data.References, one);

        gaps.Should().Contain("no concentration value").And.Contain("more pairs (1 of " + data.MissingQuantitativeData().Pairs.Count);
        gaps.Length.Should().BeLessThan(20_000);
        references.Should().Contain("[guide]").And.NotContain("[ref1]").And.Contain("more references (1 of 11 shown");
        DatasetHtml.ToHtml(data.Metabolism.MetabolitesOf("cianopramine")).Should().Contain("N-demethylation").And.Contain("[guide]");
        DatasetHtml.ToHtml(data.FindReference("eichler1984")).Should().Contain("PMID 6478739");
    }

    [Fact]
    public void A_selectivity_ranking_renders_one_row_per_compound_cut_at_MaxRows()
    {
        var data = CianopramineDataset.Instance;
        var selectivity = data.Selectivity("cianopramine", "SERT", over: "NET");
        var other = data.Selectivity("desmethylcianopramine", "SERT", over: "NET");

        var html = DatasetHtml.ToHtml(new[] { selectivity, other }, new HtmlDisplayOptions { MaxRows = 1 });

        html.Should().Contain("Selectivity of SERT over NET").And.Contain("Cianopramine")
            .And.NotContain("Desmethylcianopramine").And.Contain("more compounds (1 of 2 shown");
        DatasetHtml.ToHtml(data.MostSelective("SERT", "NET", 5)).Should().Contain("No compound has a selectivity to rank.");
    }

    private static string Name(Type type) =>
        type.IsGenericType
            ? type.GetGenericTypeDefinition().FullName![..type.GetGenericTypeDefinition().FullName!.IndexOf('`')] + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">"
            : type.FullName!;

    [GeneratedRegex(@"Formatter\.Register<(?<type>.+?)>\(\s*$", RegexOptions.Multiline)]
    private static partial Regex Registration();
}

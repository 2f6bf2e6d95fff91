using System.Text;
using System.Text.RegularExpressions;
using Cianopramine.Data.Tests.Serialization;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>
/// "Each kept member earned by a documented use" (docs/api-design.md), checked: every type and member in the three
/// packages' PublicAPI files is named in code in the docs — an inline code span or a code block of a Markdown page,
/// the quickstart's source or a notebook. A new public member without a documented use fails here; so does a page
/// edit that drops the last use of one. Left out, because the language or the format names them and not we: the
/// members the compiler writes for records (equality, printing, <c>&lt;Clone&gt;$</c>), overrides of
/// <c>object</c>'s members, operators, constructors, indexers and enumerators (the plumbing of <c>foreach</c>), the
/// members of enumerations (their words are the format's, listed in docs/json-format.md; the enumeration itself must
/// be named) and <c>Embedding</c>, which only generated code calls.
/// </summary>
public sealed partial class PublicApiDocumentationTests
{
    public static TheoryData<string> Packages => new() { "Cianopramine.Data", "Cianopramine.Data.Import", "Cianopramine.Data.Analysis" };

    [Theory]
    [MemberData(nameof(Packages))]
    public void Every_public_member_is_named_in_the_docs(string package)
    {
        var code = DocumentedCode();
        var names = PublicNames(package);

        names.Should().HaveCountGreaterThan(20, "the PublicAPI file was read");
        var undocumented = names.Where(n => !Regex.IsMatch(code, @"\b" + Regex.Escape(n.Name) + @"\b")).Select(n => n.Declaration).ToList();

        string.Join("\n", undocumented).Should().BeEmpty("every public member has a documented use (docs/api-design.md); document these or make them internal");
    }

    [Fact]
    public void A_member_named_only_in_prose_does_not_count()
    {
        var code = CodeOf("The pathway's start is shown. `Profile` and\n```csharp\nvar x = data.Compounds;\n```\n");

        code.Should().Contain("Profile").And.Contain("data.Compounds").And.NotContain("start");
    }

    [Fact]
    public void Lines_name_the_member_they_declare()
    {
        NameOf("Cianopramine.Data.Querying.MetabolicPathway.Start.get -> Cianopramine.Data.Model.Compound!").Should().Be("Start");
        NameOf("static Cianopramine.Data.Dataset.FromJson(string! json, Cianopramine.Data.Loading.DatasetLoadOptions? options = null) -> Cianopramine.Data.Dataset!").Should().Be("FromJson");
        NameOf("Cianopramine.Data.Querying.NamedEntityCollection<T>").Should().Be("NamedEntityCollection");
        NameOf("const Cianopramine.Data.Loading.DatasetLoadOptions.MaxDepth = 64 -> int").Should().Be("MaxDepth");
        NameOf("Cianopramine.Data.Model.Species.Cat = 6 -> Cianopramine.Data.Model.Species").Should().BeNull();
        NameOf("override Cianopramine.Data.Model.Compound.ToString() -> string!").Should().BeNull();
        NameOf("Cianopramine.Data.Loading.DatasetLoadOptions.DatasetLoadOptions() -> void").Should().BeNull();
        NameOf("static Cianopramine.Data.Model.Compound.operator ==(Cianopramine.Data.Model.Compound? left, Cianopramine.Data.Model.Compound? right) -> bool").Should().BeNull();
    }

    private static List<(string Name, string Declaration)> PublicNames(string package)
    {
        var file = Path.Combine(SerializationTestFiles.RepositoryRoot, "src", package, "PublicAPI", "net10.0", "PublicAPI.Unshipped.txt");
        return File.ReadAllLines(file)
            .Select(line => (Name: NameOf(line), Declaration: line))
            .Where(n => n.Name is not null)
            .Select(n => (n.Name!, n.Declaration))
            .ToList();
    }

    /// <summary>The name a PublicAPI line declares, or null when the line is one this test leaves out.</summary>
    private static string? NameOf(string line)
    {
        if (line.StartsWith('#') || line.Length == 0 || Generated().IsMatch(line) || line.Contains(".Embedding.", StringComparison.Ordinal))
        {
            return null;
        }

        var isConst = line.StartsWith("const ", StringComparison.Ordinal);
        var declaration = Modifiers().Replace(line, string.Empty);
        if (!isConst && EnumMember().IsMatch(declaration))
        {
            return null;
        }

        var path = declaration.Split('(', ' ')[0];
        path = Accessor().Replace(path, string.Empty);
        var parts = Generic().Replace(path, string.Empty).Split('.');
        var name = parts[^1];
        return parts.Length >= 2 && name == parts[^2] ? null : name;
    }

    private static string DocumentedCode()
    {
        var root = SerializationTestFiles.RepositoryRoot;
        var markdown = Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(root, "README.md"))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "src"), "PACKAGE.md", SearchOption.AllDirectories));
        var code = new StringBuilder();
        foreach (var page in markdown)
        {
            code.Append(CodeOf(File.ReadAllText(page))).Append('\n');
        }

        var sources = Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.ipynb", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var source in sources)
        {
            code.Append(File.ReadAllText(source)).Append('\n');
        }

        return code.ToString();
    }

    /// <summary>The code of a Markdown page: its fenced blocks and inline code spans, not its prose.</summary>
    private static string CodeOf(string markdown)
    {
        var code = new StringBuilder();
        var inBlock = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock)
            {
                code.Append(line).Append('\n');
                continue;
            }

            foreach (Match span in InlineCode().Matches(line))
            {
                code.Append(span.Groups["code"].Value).Append('\n');
            }
        }

        return code.ToString();
    }

    [GeneratedRegex(@"<Clone>\$|EqualityContract|PrintMembers|\boperator\b|\.Equals\(|\.GetHashCode\(|\.ToString\(\)|\.Deconstruct\(|\bthis\[|Enumerator")]
    private static partial Regex Generated();

    [GeneratedRegex(@"^((static|override|abstract|virtual|const|sealed|readonly)\s+|~)+")]
    private static partial Regex Modifiers();

    [GeneratedRegex(@"^[\w.<>]+ = -?[\d.]+ -> ")]
    private static partial Regex EnumMember();

    [GeneratedRegex(@"\.(get|init|set)$")]
    private static partial Regex Accessor();

    [GeneratedRegex(@"<[^<>]*>")]
    private static partial Regex Generic();

    [GeneratedRegex(@"`+(?<code>[^`]+)`+")]
    private static partial Regex InlineCode();
}

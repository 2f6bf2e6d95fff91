using System.Text.RegularExpressions;
using Cianopramine.Data.Tests.Serialization;

namespace Cianopramine.Data.Tests.Facts;

/// <summary>
/// src/Cianopramine.Data/PACKAGE.md, the README of the package page (packed as README.md): every link resolves on a
/// package page (absolute), nothing in it needs a clone, and its quickstart is the repository README's, which the
/// README tests check against the data.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static string Package => File.ReadAllText(Path.Combine(SerializationTestFiles.RepositoryRoot, "src", "Cianopramine.Data", "PACKAGE.md")).ReplaceLineEndings("\n");

    private static string Readme => File.ReadAllText(Path.Combine(SerializationTestFiles.RepositoryRoot, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Every_link_is_absolute()
    {
        var links = Link().Matches(Package).Select(m => m.Groups["target"].Value).ToList();

        links.Should().NotBeEmpty();
        links.Should().OnlyContain(l => l.StartsWith("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_in_it_needs_a_clone_of_the_repository()
    {
        Package.Should().NotContain("Two commands").And.NotContain("repository root").And.NotContain("samples/")
            .And.NotContain("dotnet test").And.NotContain("## Layout");
    }

    [Fact]
    public void It_says_how_to_install_and_has_the_README_quickstart_verbatim()
    {
        Package.Should().Contain("dotnet add package Cianopramine.Data");
        Package.Should().Contain(Section(Readme, "## Quickstart"));
    }

    [Fact]
    public void The_project_packs_it_as_the_package_readme()
    {
        var project = File.ReadAllText(Path.Combine(SerializationTestFiles.RepositoryRoot, "src", "Cianopramine.Data", "Cianopramine.Data.csproj"));

        project.Should().Contain("<PackageReadmeFile>README.md</PackageReadmeFile>");
        project.Should().Contain("<None Include=\"PACKAGE.md\" Pack=\"true\" PackagePath=\"\\README.md\" />");
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading + "\n", StringComparison.Ordinal);
        var end = text.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return text[start..end];
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();
}

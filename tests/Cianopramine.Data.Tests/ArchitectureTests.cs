using System.Text.RegularExpressions;
using Cianopramine.Data.Tests.Serialization;

namespace Cianopramine.Data.Tests;

/// <summary>
/// The layers of docs/architecture.md, checked on the source: each folder of the library may use only the namespaces
/// below it. The data-file layer (DataFiles) and the model are compiled into the source generator as well, which has
/// no queries, loader, export or display, so a use of those there would break the generator's build at best.
/// </summary>
public sealed partial class ArchitectureTests
{
    private const string Root = "Cianopramine.Data";

    /// <summary>Folder → the library namespaces its files may use (besides their own).</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Units"] = ["Vocabulary"],
        ["Model"] = ["Model.Identifiers", "Units", "Vocabulary"],
        ["Vocabulary"] = ["Model", "Units"],
        ["DataFiles"] = ["Model", "Model.Identifiers", "Units", "Vocabulary"],
        ["Querying"] = ["Model", "Model.Identifiers", "Units", "Vocabulary"],
        ["Embedding"] = ["DataFiles", "Model"],
        ["Loading"] = ["DataFiles", "Model", "Units", "Vocabulary"],
        ["Merging"] = ["DataFiles", "Loading", "Model", "Model.Identifiers", "Vocabulary"],
        ["Export"] = ["DataFiles", "Model", "Querying", "Units", "Vocabulary"],
        ["Display"] = ["Export", "Model", "Querying", "Units", "Vocabulary"],
    };

    /// <summary>Files that may use more than their folder, with the reason.</summary>
    private static readonly Dictionary<string, string[]> Exceptions = new()
    {
        // The one word table per enumeration includes the query results' enumerations; the generator leaves this file out.
        ["Vocabulary/EnumWords.Library.cs"] = ["Querying"],
    };

    public static TheoryData<string> Folders() => [.. Allowed.Keys];

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_layer_uses_only_the_layers_below_it(string folder)
    {
        var directory = Path.Combine(SerializationTestFiles.RepositoryRoot, "src", Root, folder);
        var violations = new List<string>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Path.Combine(SerializationTestFiles.RepositoryRoot, "src", Root), file).Replace('\\', '/');
            var allowed = Allowed[folder].Concat(Exceptions.GetValueOrDefault(relative, [])).Append(Own(folder, relative)).ToHashSet();
            foreach (Match use in LibraryNamespace().Matches(File.ReadAllText(file)))
            {
                var used = use.Groups["ns"].Value;
                if (!allowed.Contains(used))
                {
                    violations.Add($"{relative} uses {Root}.{used}");
                }
            }
        }

        violations.Should().BeEmpty("{0} may use only {1}", folder, string.Join(", ", Allowed[folder]));
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_known_layer()
    {
        var folders = Directory.GetDirectories(Path.Combine(SerializationTestFiles.RepositoryRoot, "src", Root))
            .Select(Path.GetFileName)
            .Where(name => name is not ("bin" or "obj" or "Data" or "PublicAPI" or "build" or "interactive-extensions"));

        folders.Should().BeSubsetOf(Allowed.Keys, "a new folder gets a place in docs/architecture.md and in this test");
    }

    [Fact]
    public void The_check_finds_a_use_of_a_higher_layer()
    {
        LibraryNamespace().Matches("using Cianopramine.Data.Querying;\nvar x = Cianopramine.Data.Loading.DatasetLoader.Load(s);")
            .Select(m => m.Groups["ns"].Value).Should().Equal("Querying", "Loading");
    }

    private static string Own(string folder, string relative) =>
        relative.StartsWith("Model/Identifiers/", StringComparison.Ordinal) ? "Model.Identifiers" : folder;

    /// <summary>A using directive or a qualified name of a library namespace (the root namespace itself is not a layer).</summary>
    [GeneratedRegex(@"\bCianopramine\.Data\.(?<ns>(?:Model\.Identifiers|[A-Z][A-Za-z]+))(?=[;.\s])")]
    private static partial Regex LibraryNamespace();
}

using System.Globalization;
using System.Text;

namespace Cianopramine.Data.Reliability;

/// <summary>
/// One expected problem of a corpus file: its diagnostic id and, when the expectation file gives them, the one-based
/// line and column and the JSON path (<c>CPD0008 @9:31 $.results[0].compound</c>).
/// </summary>
internal sealed record ExpectedProblem(string Id, int? Line, int? Column, string? JsonPath)
{
    public override string ToString() =>
        Line is null ? Id : string.Create(CultureInfo.InvariantCulture, $"{Id} @{Line}:{Column} {JsonPath}");
}

/// <summary>A file of the bad-data corpus (tests/Corpus/bad) and what it must produce.</summary>
/// <param name="Name">The file name without <c>.dataset.json</c>.</param>
/// <param name="Path">The file's full path in the test output.</param>
/// <param name="Description">The first comment line of the expectation file.</param>
/// <param name="Expected">The problems, in the order both the generator and the loader report them.</param>
internal sealed record CorpusCase(string Name, string Path, string Description, IReadOnlyList<ExpectedProblem> Expected)
{
    /// <summary>Whether the file must fail to load (any expected id is an error; CPD0027 is the only warning).</summary>
    public bool MustFail => Expected.Any(p => !Corpus.IsWarning(p.Id));

    public byte[] ReadBytes() => File.ReadAllBytes(Path);

    public override string ToString() => Name;
}

/// <summary>
/// The corpus of hostile and broken data files under tests/Corpus, copied to the test output as <c>Corpus/</c>:
/// <c>bad/NAME.dataset.json</c> with <c>bad/NAME.expected.txt</c> (the ids it must produce, one per line), and
/// <c>good/</c> (valid files with unusual encodings). Files found by the fuzzer go to <c>fuzz/</c>.
/// </summary>
internal static class Corpus
{
    public const string DataSuffix = ".dataset.json";
    public const string ExpectedSuffix = ".expected.txt";

    /// <summary>Where the corpus is copied in the test output.</summary>
    public static string Root => System.IO.Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string BadDirectory => System.IO.Path.Combine(Root, "bad");

    public static string GoodDirectory => System.IO.Path.Combine(Root, "good");

    public static string FuzzDirectory => System.IO.Path.Combine(Root, "fuzz");

    /// <summary>The diagnostic ids that are warnings; every other id is an error.</summary>
    public static bool IsWarning(string id) => Cianopramine.Data.DataFiles.DiagnosticCatalogue.Find(id)?.Severity == Cianopramine.Data.DataFiles.DatasetDiagnosticSeverity.Warning;

    /// <summary>Every bad file with its expectations, in ordinal name order.</summary>
    public static IReadOnlyList<CorpusCase> Bad() =>
        Directory.GetFiles(BadDirectory, "*" + DataSuffix)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(Load)
            .ToList();

    /// <summary>The bad files' names, for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> BadNames() => Bad().Select(c => new object[] { c.Name });

    /// <summary>The good files' names, for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> GoodNames() =>
        Directory.GetFiles(GoodDirectory, "*" + DataSuffix)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new object[] { NameOf(p) });

    /// <summary>The files the fuzzer saved (crashes turned into regression inputs), for <c>[MemberData]</c>.</summary>
    public static IEnumerable<object[]> FuzzNames()
    {
        var files = Directory.Exists(FuzzDirectory)
            ? Directory.GetFiles(FuzzDirectory, "*" + DataSuffix).OrderBy(p => p, StringComparer.Ordinal).Select(NameOf).ToList()
            : new List<string>();

        // xunit rejects a theory without data; "(none)" keeps the theory and passes trivially.
        return files.Count == 0 ? new[] { new object[] { "(none)" } } : files.Select(n => new object[] { n });
    }

    public static CorpusCase BadCase(string name) => Load(System.IO.Path.Combine(BadDirectory, name + DataSuffix));

    public static string GoodPath(string name) => System.IO.Path.Combine(GoodDirectory, name + DataSuffix);

    public static string FuzzPath(string name) => System.IO.Path.Combine(FuzzDirectory, name + DataSuffix);

    /// <summary>
    /// The text the C# compiler hands a generator for these bytes: a UTF-8 byte order mark is dropped, and invalid
    /// UTF-8 becomes U+FFFD (what csc does: checked with a real build, see docs/quality.md).
    /// </summary>
    public static string CompilerText(byte[] bytes)
    {
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(bytes, bom, bytes.Length - bom);
    }

    /// <summary>Parses an expectation file: <c># description</c>, then one <c>ID [@line:column [json-path]]</c> per line.</summary>
    public static IReadOnlyList<ExpectedProblem> ParseExpectations(IEnumerable<string> lines)
    {
        var problems = new List<ExpectedProblem>();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            int? row = null, column = null;
            string? path = null;
            if (parts.Length > 1)
            {
                if (!parts[1].StartsWith('@'))
                {
                    throw new FormatException($"Expected '@line:column' after the id in '{line}'.");
                }

                var position = parts[1][1..].Split(':');
                row = int.Parse(position[0], CultureInfo.InvariantCulture);
                column = int.Parse(position[1], CultureInfo.InvariantCulture);
                path = parts.Length > 2 ? parts[2] : null;
            }

            problems.Add(new ExpectedProblem(parts[0], row, column, path));
        }

        return problems;
    }

    private static CorpusCase Load(string path)
    {
        var expectations = path[..^DataSuffix.Length] + ExpectedSuffix;
        var lines = File.Exists(expectations) ? File.ReadAllLines(expectations) : Array.Empty<string>();
        var description = lines.FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim() ?? string.Empty;
        return new CorpusCase(NameOf(path), System.IO.Path.GetFullPath(path), description, ParseExpectations(lines));
    }

    private static string NameOf(string path)
    {
        var file = System.IO.Path.GetFileName(path);
        return file[..^DataSuffix.Length];
    }
}

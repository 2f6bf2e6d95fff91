using System.Text;
using System.Text.RegularExpressions;

namespace Cianopramine.Data.Generator.Tests.Docs;

/// <summary>A fenced code block of a Markdown page.</summary>
/// <param name="Language">The info string after the opening fence (<c>csharp</c>, <c>text</c>, <c>json</c>, …).</param>
/// <param name="Code">The block's lines, each ending in <c>\n</c>.</param>
/// <param name="Line">The one-based line of the opening fence.</param>
/// <param name="EndLine">The one-based line of the closing fence.</param>
/// <param name="Directive">
/// The <c>&lt;!-- snippet … --&gt;</c> comment right before the block (blank lines between allowed), without its
/// markers, or null. <c>snippet: compile-only — why</c> compiles the block without running it; <c>snippet context:</c>
/// followed by lines of C# adds those lines, unseen by the reader, in front of the block.
/// </param>
internal sealed record DocBlock(string Language, string Code, int Line, int EndLine, string? Directive)
{
    /// <summary>Whether the block is C#.</summary>
    public bool IsCSharp => Language is "csharp" or "cs" or "c#";

    /// <summary>The hidden C# the block's directive puts in front of it, or an empty string.</summary>
    public string HiddenContext =>
        Directive is { } d && d.StartsWith("snippet context:", StringComparison.Ordinal) ? d["snippet context:".Length..].Trim() + "\n" : string.Empty;

    /// <summary>Whether the directive asks to compile the block without running it.</summary>
    public bool CompileOnly => Directive is { } d && d.StartsWith("snippet: compile-only", StringComparison.Ordinal);

    /// <summary>Whether the block holds only <c>#r "nuget: …"</c> lines: a notebook's package reference, not C#.</summary>
    public bool IsNotebookPackageReference =>
        Code.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(line => line.StartsWith("#r \"nuget:", StringComparison.Ordinal));
}

/// <summary>
/// A Markdown page of the documentation, split into its fenced code blocks, each with the one-based lines of its fences
/// and the snippet directive before it. A page-wide <c>&lt;!-- snippets: compile-only — why --&gt;</c> compiles every
/// block of the page without running any.
/// </summary>
internal sealed partial class DocPage
{
    private DocPage(string path, string relativePath, string text, IReadOnlyList<DocBlock> blocks)
    {
        Path = path;
        RelativePath = relativePath;
        Text = text;
        Blocks = blocks;
    }

    /// <summary>The page's full path.</summary>
    public string Path { get; }

    /// <summary>The page's path from the repository root, with forward slashes (<c>docs/querying.md</c>).</summary>
    public string RelativePath { get; }

    /// <summary>The page's text, line ends normalised to <c>\n</c>.</summary>
    public string Text { get; }

    /// <summary>Every fenced code block, in page order.</summary>
    public IReadOnlyList<DocBlock> Blocks { get; }

    /// <summary>
    /// Whether the page says that none of its blocks may run (they need files or services the test has not): the
    /// marker on a line of its own. A page that only quotes the marker (in a table, in backticks) is not compile-only.
    /// </summary>
    public bool CompileOnly => Regex.IsMatch(Text, @"^[ \t]*<!-- snippets: compile-only", RegexOptions.Multiline);

    /// <summary>The repository's root: the folder that holds <c>Cianopramine.Data.sln</c>.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Every page a user reads: README.md, the package README and docs/*.md.</summary>
    public static IEnumerable<string> AllPages()
    {
        yield return "README.md";
        yield return "src/Cianopramine.Data/PACKAGE.md";
        foreach (var page in Directory.GetFiles(System.IO.Path.Combine(RepositoryRoot, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return System.IO.Path.GetRelativePath(RepositoryRoot, page).Replace('\\', '/');
        }
    }

    /// <summary>Reads and splits the page at <paramref name="relativePath"/>.</summary>
    public static DocPage Read(string relativePath)
    {
        var path = System.IO.Path.Combine(RepositoryRoot, relativePath);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var lines = text.Split('\n');
        var blocks = new List<DocBlock>();
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var code = new StringBuilder();
            var start = i;
            for (i++; i < lines.Length && lines[i] != "```"; i++)
            {
                code.Append(lines[i]).Append('\n');
            }

            if (i == lines.Length)
            {
                throw new InvalidOperationException($"{relativePath}({start + 1}): the code block is never closed.");
            }

            blocks.Add(new DocBlock(fence.Groups[1].Value, code.ToString(), start + 1, i + 1, DirectiveBefore(lines, start)));
        }

        return new DocPage(path, relativePath, text, blocks);
    }

    /// <summary>The text block right after <paramref name="block"/> (only blank lines between), or null.</summary>
    public DocBlock? OutputOf(DocBlock block)
    {
        var next = Blocks.SkipWhile(b => b != block).Skip(1).FirstOrDefault();
        if (next is not { Language: "text" })
        {
            return null;
        }

        var between = Text.Split('\n')[block.EndLine..(next.Line - 1)];
        return between.All(string.IsNullOrWhiteSpace) ? next : null;
    }

    /// <summary>
    /// <paramref name="text"/> (this page's text, or an edit of it below <paramref name="block"/>) with the body of
    /// <paramref name="block"/> replaced by <paramref name="code"/> (for UPDATE_DOCS; replace from the bottom up).
    /// </summary>
    public static string WithBlockReplaced(string text, DocBlock block, string code)
    {
        var lines = text.Split('\n');
        var before = string.Join('\n', lines[..block.Line]);
        var after = string.Join('\n', lines[(block.EndLine - 1)..]);
        return before + "\n" + code + after;
    }

    private static string? DirectiveBefore(string[] lines, int fenceIndex)
    {
        var end = fenceIndex - 1;
        while (end >= 0 && string.IsNullOrWhiteSpace(lines[end]))
        {
            end--;
        }

        if (end < 0 || !lines[end].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
        {
            return null;
        }

        var start = end;
        while (start >= 0 && !lines[start].Contains("<!--", StringComparison.Ordinal))
        {
            start--;
        }

        if (start < 0 || !lines[start].TrimStart().StartsWith("<!-- snippet ", StringComparison.Ordinal) && !lines[start].TrimStart().StartsWith("<!-- snippet:", StringComparison.Ordinal))
        {
            return null;
        }

        var comment = string.Join('\n', lines[start..(end + 1)]).Trim();
        return comment["<!--".Length..^"-->".Length].Trim();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Cianopramine.Data.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^```([A-Za-z#+-]+)\s*$")]
    private static partial Regex Fence();
}

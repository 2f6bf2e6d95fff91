namespace Cianopramine.Data.Import.Tests;

/// <summary>The repository's docs, for the tests that run the documented examples.</summary>
internal static class DocsText
{
    /// <summary>docs/importing.md with <c>\n</c> line endings.</summary>
    public static string Importing() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "importing.md")).ReplaceLineEndings("\n");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cianopramine.Data.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}

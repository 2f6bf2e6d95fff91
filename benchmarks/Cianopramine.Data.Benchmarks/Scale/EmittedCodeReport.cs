using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cianopramine.Data.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Cianopramine.Data.Benchmarks.Scale;

/// <summary>
/// Sizes, not times (the times come from BenchmarkDotNet): per dataset size, the JSON, the generated C# (bytes, lines,
/// longest line, methods, largest method), the compiled assembly, and the heap the materialised dataset keeps alive.
/// Run with <c>-- sizes</c>; writes a Markdown table to the console and to BenchmarkDotNet.Artifacts/emitted-code-sizes.md.
/// </summary>
internal static class EmittedCodeReport
{
    public static int Run(TextWriter output)
    {
        var table = new StringBuilder();
        table.AppendLine("| results | JSON files | JSON | generated C# | lines | longest line | methods | largest method | assembly | dataset heap (retained) |");
        table.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in ScaleData.Sizes)
        {
            var data = ScaleData.Of(size);
            var project = GeneratedCode.EmptyProject();
            var run = GeneratedCode.RunGenerator(data.AdditionalTexts(), project);
            var source = string.Concat(run.GeneratedSources.Select(s => s.SourceText.ToString()));
            var lines = source.Split('\n');
            var methods = CSharpSyntaxTree.ParseText(source, GeneratedCode.ParseOptions).GetRoot()
                .DescendantNodes().OfType<BaseMethodDeclarationSyntax>().ToList();
            var largest = methods.Count == 0 ? 0 : methods.Max(m => m.GetText().Lines.Count);
            var image = new FileInfo(data.AssemblyPath()).Length;

            var create = data.LoadCreateFresh();
            create(); // JIT first, so only the dataset is counted
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var dataset = create();
            var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(dataset);

            table.AppendLine(string.Join(" | ",
                "| " + size.ToString("N0", CultureInfo.InvariantCulture),
                data.Files.Count.ToString(CultureInfo.InvariantCulture),
                Bytes(data.Files.Sum(f => new FileInfo(f).Length)),
                Bytes(Encoding.UTF8.GetByteCount(source)),
                lines.Length.ToString("N0", CultureInfo.InvariantCulture),
                lines.Max(l => l.Length).ToString("N0", CultureInfo.InvariantCulture) + " chars",
                methods.Count.ToString(CultureInfo.InvariantCulture),
                largest.ToString("N0", CultureInfo.InvariantCulture) + " lines",
                Bytes(image),
                Bytes(retained)) + " |");
        }

        output.Write(table);
        Directory.CreateDirectory("BenchmarkDotNet.Artifacts");
        File.WriteAllText(Path.Combine("BenchmarkDotNet.Artifacts", "emitted-code-sizes.md"), table.ToString());
        return 0;
    }

    private static string Bytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("F1", CultureInfo.InvariantCulture) + " MiB",
        >= 1024 => (bytes / 1024.0).ToString("F0", CultureInfo.InvariantCulture) + " KiB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };
}

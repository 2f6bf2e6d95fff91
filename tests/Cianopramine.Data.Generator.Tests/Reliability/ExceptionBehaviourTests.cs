using System.Linq.Expressions;
using System.Reflection;
using Cianopramine.Data.Analysis;
using Cianopramine.Data.Generator.Tests.Infrastructure;
using Cianopramine.Data.Import;
using Cianopramine.Data.Loading;
using Cianopramine.Data.Reliability;
using Cianopramine.Data.Model.Identifiers;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Generator.Tests.Reliability;

/// <summary>
/// Issue 15, the behavioural half of "every exception that can leave a public method is documented on it": a sample of
/// the public entry points is called with bad input (a miss, bad text, bad bytes, a value out of range, a cancelled
/// token, a missing file), and the exception that comes out must be one the member's shipped XML docs name (its type
/// or a base type). This catches what the source analysis of <see cref="ExceptionDocumentationTests"/> cannot see:
/// an exception from the framework (a <c>KeyNotFoundException</c> from a dictionary, an <c>InvalidCastException</c>).
/// </summary>
public sealed class ExceptionBehaviourTests : IDisposable
{
    /// <summary>The folders the cases created in this test, deleted after it (xUnit runs one test of a class at a time).</summary>
    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> Created = new();

    public void Dispose()
    {
        while (Created.TryDequeue(out var directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static readonly Lazy<Dictionary<string, IReadOnlyCollection<string>>> Docs = new(() =>
    {
        var all = new Dictionary<string, IReadOnlyCollection<string>>(StringComparer.Ordinal);
        foreach (var package in new[] { "Cianopramine.Data", "Cianopramine.Data.Import", "Cianopramine.Data.Analysis" })
        {
            foreach (var (id, exceptions) in ThrowAnalysis.ReadDocumentation(Path.Combine(AppContext.BaseDirectory, package + ".xml")))
            {
                all[id] = exceptions;
            }
        }

        return all;
    });

    private static Dataset Data => CianopramineDataset.Instance;

    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "cpd-missing-" + Guid.NewGuid().ToString("N"), "none.json");

    /// <summary>A call with bad input, by name; the member is read from the expression.</summary>
    public static TheoryData<string> Cases() => [.. Calls.Keys, .. MayThrow.Keys];

    private static readonly Dictionary<string, LambdaExpression> Calls = new(StringComparer.Ordinal)
    {
        ["Compounds.Get miss"] = (Expression<Func<object>>)(() => Data.Compounds.Get("no-such-compound")),
        ["Compounds.Find miss"] = (Expression<Func<object>>)(() => Data.Compounds.Find("no such compound")),
        ["Targets.Find miss"] = (Expression<Func<object>>)(() => Data.Targets.Find("no such target")),
        ["References.Get miss"] = (Expression<Func<object>>)(() => Data.References.Get("no-such-reference")),
        ["Results.Get miss"] = (Expression<Func<object>>)(() => Data.Results.Get("no-such-result")),
        ["Results.For miss"] = (Expression<Func<object>>)(() => Data.Results.For("no such compound")),
        ["Results.At miss"] = (Expression<Func<object>>)(() => Data.Results.At("no such target")),
        ["Results.Citing miss"] = (Expression<Func<object>>)(() => Data.Results.Citing("no-such-reference")),
        ["Profile miss"] = (Expression<Func<object>>)(() => Data.Profile("no such compound")),
        ["Compare miss"] = (Expression<Func<object>>)(() => Data.Compare("no such compound", "cianopramine", "SERT")),
        ["Selectivity miss"] = (Expression<Func<object>>)(() => Data.Selectivity("cianopramine", "no such target", "SERT")),
        ["PathwayFrom miss"] = (Expression<Func<object>>)(() => Data.Metabolism.PathwayFrom("no such compound")),
        ["Pmid.Parse"] = (Expression<Func<object>>)(() => Pmid.Parse("PMID x")),
        ["Doi.Parse"] = (Expression<Func<object>>)(() => Doi.Parse("not a doi")),
        ["ChemblId.Parse"] = (Expression<Func<object>>)(() => ChemblId.Parse("CHEMBL")),
        ["InChIKey.Parse"] = (Expression<Func<object>>)(() => InChIKey.Parse("short")),
        ["CasNumber.Parse"] = (Expression<Func<object>>)(() => CasNumber.Parse("1-2-3")),
        ["DrugBankId.Parse"] = (Expression<Func<object>>)(() => DrugBankId.Parse("DB")),
        ["PubChemCid.Parse"] = (Expression<Func<object>>)(() => PubChemCid.Parse("-1")),
        ["UniProtAccession.Parse"] = (Expression<Func<object>>)(() => UniProtAccession.Parse("??")),
        ["Dataset.FromJson bad JSON"] = (Expression<Func<object>>)(() => Dataset.FromJson("{ \"title\": ", null)),
        ["Dataset.FromJson not a dataset"] = (Expression<Func<object>>)(() => Dataset.FromJson("[1, 2, 3]", null)),
        ["Dataset.FromFile missing file"] = (Expression<Func<object>>)(() => Dataset.FromFile(Missing, null)),
        ["DatasetLoader.Load bad bytes"] = (Expression<Func<object>>)(() => DatasetLoader.Load(new[] { DatasetSource.FromUtf8(new byte[] { 0xFF, 0xFE, 0x00 }, "bad") }, null, CancellationToken.None)),
        ["DatasetLoader.Load cancelled"] = (Expression<Func<object>>)(() => DatasetLoader.Load(new[] { DatasetSource.FromJson("{}", "x") }, null, CancellationTokens.Cancelled)),
        ["DatasetLoader.LoadAsync cancelled"] = (Expression<Func<object>>)(() => DatasetLoader.LoadAsync(new[] { DatasetSource.FromJson("{}", "x") }, null, CancellationTokens.Cancelled)),
        ["MolarConcentration.From negative"] = (Expression<Func<object>>)(() => MolarConcentration.From(-1m, MolarUnit.Nanomolar)),
        ["MolarConcentration.From too large"] = (Expression<Func<object>>)(() => MolarConcentration.From(decimal.MaxValue, MolarUnit.Molar)),
        ["MolarConcentration.From undefined unit"] = (Expression<Func<object>>)(() => MolarConcentration.From(1m, (MolarUnit)99)),
        ["MolarConcentration.In undefined unit"] = (Expression<Func<object>>)(() => MolarConcentration.FromNanomolar(1m).In((MolarUnit)99)),
        ["MolarConcentration.ToPValue of zero"] = (Expression<Func<object>>)(() => MolarConcentration.FromNanomolar(0m).ToPValue()),
        ["new PValue(NaN)"] = (Expression<Func<object>>)(() => new PValue(double.NaN)),
        ["PValue.ToConcentration below -16"] = (Expression<Func<object>>)(() => new PValue(-40).ToConcentration()),
        ["PValue.Round too many digits"] = (Expression<Func<object>>)(() => new PValue(5).Round(99)),
        ["Results.Below negative"] = (Expression<Func<object>>)(() => Data.Results.Below(-1m, MolarUnit.Nanomolar)),
        ["Results.Below undefined unit"] = (Expression<Func<object>>)(() => Data.Results.Below(1m, (MolarUnit)99)),
        ["ChemblActivityImporter.ImportText not ChEMBL"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportText("a,b,c\n1,2,3\n", null)),
        ["ChemblActivityImporter.ImportJson not ChEMBL"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportJson("42", null)),
        ["ChemblActivityImporter.ImportFile missing"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportFile(Missing, null)),
        ["GtoPdbInteractionImporter.ImportFiles missing"] = (Expression<Func<object>>)(() => GtoPdbInteractionImporter.ImportFiles(Missing, null, null)),
        ["LabTableImporter.ImportText no columns"] = (Expression<Func<object>>)(() => LabTableImporter.ImportText("nothing here\n", null)),
        ["DatasetTableReader.ReadArrowFiles missing"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadArrowFiles(Missing, null)),
        ["DatasetTableReader.ReadParquetAsync missing"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadParquetAsync(Missing, null, CancellationToken.None)),
        ["DatasetTableReader.ReadArrowFiles garbage"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadArrowFiles(GarbageDirectory(".arrow"), null)),
        ["DatasetTableReader.ReadParquetAsync garbage"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadParquetAsync(GarbageDirectory(".parquet"), null, CancellationToken.None)),
        ["DatasetTableReader.ReadArrowFiles empty files"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadArrowFiles(EmptyFilesDirectory(".arrow"), null)),
        ["DatasetTableReader.ReadParquetAsync empty files"] = (Expression<Func<object>>)(() => DatasetTableReader.ReadParquetAsync(EmptyFilesDirectory(".parquet"), null, CancellationToken.None)),
        ["DatasetTableReader.Read without json"] = (Expression<Func<object>>)(() => DatasetTableReader.Read(DatasetTables.From(CianopramineDataset.Instance).WithoutJson(), null)),
        ["DatasetTables.WriteParquetAsync cancelled"] = (Expression<Func<object>>)(() => DatasetTables.From(CianopramineDataset.Instance).WriteParquetAsync(Path.Combine(Path.GetTempPath(), "cpd-cancelled-" + Guid.NewGuid().ToString("N")), ParquetLayout.SingleFile, CancellationTokens.Cancelled)),
        ["AnalysisHtml.ToHtml negative rows"] = (Expression<Func<object>>)(() => AnalysisHtml.ToHtml(CianopramineDataset.Instance.ToDataFrame(), -1)),
        ["AnalysisHtml.PotencyPlotSvg of another table"] = (Expression<Func<object>>)(() => AnalysisHtml.PotencyPlotSvg(DatasetTables.From(CianopramineDataset.Instance).Compounds)),
        ["Dataset.WriteJson to a read-only stream"] = (Expression<Action>)(() => CianopramineDataset.Instance.WriteJson(new MemoryStream(new byte[16], false), null)),
        ["ResultCsv.Write to a read-only stream"] = (Expression<Action>)(() => Cianopramine.Data.Export.ResultCsv.Write(CianopramineDataset.Instance.Results, new MemoryStream(new byte[16], false), null)),
        ["DatasetSource.FromStream of a write-only stream"] = (Expression<Func<object>>)(() => DatasetSource.FromStream(new WriteOnlyStream(), "w")),
        ["Quantity.Dimension undefined unit"] = (Expression<Func<object>>)(() => new Quantity(1m, (Unit)999).Dimension),
        ["Quantity.ToConcentration of a mass"] = (Expression<Func<object>>)(() => new Quantity(1m, Unit.Gram).ToConcentration()),
        ["Unit.Symbol undefined"] = (Expression<Func<object>>)(() => ((Unit)999).Symbol()),
        ["Unit.DisplaySymbol undefined"] = (Expression<Func<object>>)(() => ((Unit)999).DisplaySymbol()),
        ["Unit.Dimension undefined"] = (Expression<Func<object>>)(() => ((Unit)999).Dimension()),
        ["MolarUnit.PerMolar undefined"] = (Expression<Func<object>>)(() => ((MolarUnit)999).PerMolar()),
        ["MolarUnit.ToUnit undefined"] = (Expression<Func<object>>)(() => ((MolarUnit)999).ToUnit()),
        ["MolarUnit.DisplaySymbol undefined"] = (Expression<Func<object>>)(() => ((MolarUnit)999).DisplaySymbol()),
        ["Relation.Symbol undefined"] = (Expression<Func<object>>)(() => ((Relation)999).Symbol()),
        ["Relation.DisplaySymbol undefined"] = (Expression<Func<object>>)(() => ((Relation)999).DisplaySymbol()),
        ["MolarConcentration.ToString undefined unit"] = (Expression<Func<object>>)(() => MolarConcentration.FromNanomolar(1m).ToString((MolarUnit)999, null, null)),
        ["DatasetDiagrams.Metabolism undefined format"] = (Expression<Func<object>>)(() => Cianopramine.Data.Export.DatasetDiagrams.Metabolism(CianopramineDataset.Instance, (Cianopramine.Data.Export.DiagramFormat)999)),
        ["DatasetDiagrams.Mechanisms undefined format"] = (Expression<Func<object>>)(() => Cianopramine.Data.Export.DatasetDiagrams.Mechanisms(CianopramineDataset.Instance, (Cianopramine.Data.Export.DiagramFormat)999)),
        ["new ConcentrationThreshold undefined comparison"] = (Expression<Func<object>>)(() => new Cianopramine.Data.Querying.ConcentrationThreshold((Cianopramine.Data.Querying.ThresholdComparison)999, MolarConcentration.FromNanomolar(1m))),
    };

    /// <summary>
    /// Calls that may succeed (a filter on an undefined enum value can match nothing), but if they throw, must throw
    /// what they document.
    /// </summary>
    private static readonly Dictionary<string, LambdaExpression> MayThrow = new(StringComparer.Ordinal)
    {
        ["Results.InSetting undefined"] = (Expression<Func<object>>)(() => Data.Results.InSetting((Cianopramine.Data.Model.AssaySetting)999)),
        ["Results.InSpecies undefined"] = (Expression<Func<object>>)(() => Data.Results.InSpecies((Cianopramine.Data.Model.Species)999)),
        ["Results.OfAssayKind undefined"] = (Expression<Func<object>>)(() => Data.Results.OfAssayKind((Cianopramine.Data.Model.AssayKind)999)),
        ["Results.WithAction undefined"] = (Expression<Func<object>>)(() => Data.Results.WithAction((Cianopramine.Data.Model.PharmacologicalAction)999)),
        ["Results.WithNote undefined"] = (Expression<Func<object>>)(() => Data.Results.WithNote((Cianopramine.Data.Model.CurationNoteKind)999)),
        ["Results.WithoutNote undefined"] = (Expression<Func<object>>)(() => Data.Results.WithoutNote((Cianopramine.Data.Model.CurationNoteKind)999)),
        ["Results.WithValueKind undefined"] = (Expression<Func<object>>)(() => Data.Results.WithValueKind((Cianopramine.Data.Model.ValueKind)999)),
        ["Relation.Mirror undefined"] = (Expression<Func<object>>)(() => ((Relation)999).Mirror()),
        ["ChemblActivityImporter.ImportJson malformed JSON"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportJson("[{\"molecule_chembl_id\": ", null)),
        ["ChemblActivityImporter.ImportText duplicate columns"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportText("molecule_chembl_id,molecule_chembl_id,standard_value\nCHEMBL1,CHEMBL1,5\n", null)),
        ["ChemblActivityImporter.ImportText unbalanced quote"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportText("molecule_chembl_id,standard_value\n\"CHEMBL1,5\n", null)),
        ["ChemblActivityImporter.ImportText empty"] = (Expression<Func<object>>)(() => ChemblActivityImporter.ImportText(string.Empty, null)),
        ["LabTableImporter.ImportText empty"] = (Expression<Func<object>>)(() => LabTableImporter.ImportText(string.Empty, null)),
        ["LabTableImporter.ImportText duplicate columns"] = (Expression<Func<object>>)(() => LabTableImporter.ImportText("compound,compound,target,value,unit\na,a,b,1,nM\n", null)),
        ["GtoPdbInteractionImporter.Import empty"] = (Expression<Func<object>>)(() => GtoPdbInteractionImporter.Import(new StringReader(string.Empty), null, null)),
        ["GtoPdbInteractionImporter.Import bad ligands"] = (Expression<Func<object>>)(() => GtoPdbInteractionImporter.Import(new StringReader("a,b\n1,2\n"), new StringReader("x\n"), null)),
        ["ImportResult.Load of an import with no rows"] = (Expression<Func<object>>)(() => LabTableImporter.ImportText("compound_id,target,parameter,value,unit,reference\n", null).Load("import.dataset.json")),
        ["Quantity.ToString undefined unit"] = (Expression<Func<object>>)(() => new Quantity(1m, (Unit)999).ToString()),
        ["Relation.IsCensored undefined"] = (Expression<Func<object>>)(() => ((Relation)999).IsCensored()),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_call_throws_an_exception_its_docs_name(string name)
    {
        var mustThrow = Calls.TryGetValue(name, out var call);
        call ??= MayThrow[name];
        var member = CalledMember(call.Body);
        var id = DocumentationIds.Of(member);

        var thrown = Run(call);

        if (thrown is null && !mustThrow)
        {
            return;
        }

        thrown.Should().NotBeNull($"{name}: {id} was given bad input and must reject it");
        Docs.Value.Should().ContainKey(id);
        var documented = Docs.Value[id];
        var types = Ancestry(thrown!.GetType()).Select(t => "T:" + t.FullName).ToList();
        types.Should().Contain(t => documented.Contains(t), $"{name}: {id} threw {thrown.GetType()}: {thrown.Message}, and documents only {string.Join(", ", documented)}");
    }

    /// <summary><c>ToString()</c> must not throw (it threw <see cref="ArgumentOutOfRangeException"/> for a unit outside the enumeration).</summary>
    [Fact]
    public void A_quantity_in_an_undefined_unit_still_formats()
    {
        new Quantity(1.5m, (Unit)999).ToString().Should().Be("1.5 (unit 999)");
    }

    private static Exception? Run(LambdaExpression call)
    {
        try
        {
            var result = call.Compile() is Func<object> function ? function() : InvokeAction((Action)call.Compile());
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static object? InvokeAction(Action action)
    {
        action();
        return null;
    }

    private static IEnumerable<Type> Ancestry(Type type)
    {
        for (var t = type; t is not null && t != typeof(Exception) && t != typeof(SystemException); t = t.BaseType)
        {
            yield return t;
        }
    }

    /// <summary>The outermost call of the expression: the member the case is about.</summary>
    private static MemberInfo CalledMember(Expression body) => body switch
    {
        UnaryExpression { NodeType: ExpressionType.Convert } convert => CalledMember(convert.Operand),
        MethodCallExpression call => call.Method,
        NewExpression creation => creation.Constructor!,
        MemberExpression access => access.Member,
        _ => throw new ArgumentException("Not a call: " + body, nameof(body)),
    };

    /// <summary>A new folder holding a file of random bytes, with the given extension, for every table.</summary>
    private static string GarbageDirectory(string extension) => TableDirectory(extension, name => RandomBytes(name, 4096));

    /// <summary>A new folder holding an empty file, with the given extension, for every table.</summary>
    private static string EmptyFilesDirectory(string extension) => TableDirectory(extension, _ => []);

    private static string TableDirectory(string extension, Func<string, byte[]> content)
    {
        var directory = Path.Combine(Path.GetTempPath(), "cpd-tables-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        Created.Enqueue(directory);
        foreach (var name in AnalysisSchema.TableNames)
        {
            File.WriteAllBytes(Path.Combine(directory, name + extension), content(name));
        }

        return directory;
    }

    private static byte[] RandomBytes(string seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed.Length * 7919).NextBytes(bytes);
        return bytes;
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;
    }

    private static class CancellationTokens
    {
        public static CancellationToken Cancelled => new(canceled: true);
    }
}

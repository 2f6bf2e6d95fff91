using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

/// <summary>
/// Reading a ChEMBL web export of <see cref="Rows"/> rows (the download's 46 column names, semicolon-separated, every
/// cell quoted, relations written <c>'='</c>) and taking the nine cells the importer maps: seven as strings, the value
/// and the pChEMBL value as decimals. Each reader is asked for exactly that, so the difference is the reader.
/// The rows are synthetic (made-up ids and numbers in the export's shape), built once per run.
/// </summary>
[MemoryDiagnoser]
public class CsvReaderBenchmarks
{
    private static readonly string[] Header =
    {
        "Molecule ChEMBL ID", "Molecule Name", "Molecule Max Phase", "Molecular Weight", "#RO5 Violations", "AlogP",
        "Compound Key", "Smiles", "Standard Type", "Standard Relation", "Standard Value", "Standard Units",
        "pChEMBL Value", "Data Validity Comment", "Comment", "Uo Units", "Ligand Efficiency BEI", "Ligand Efficiency LE",
        "Ligand Efficiency LLE", "Ligand Efficiency SEI", "Potential Duplicate", "Assay ChEMBL ID", "Assay Description",
        "Assay Type", "BAO Format ID", "BAO Label", "Assay Organism", "Assay Tissue ChEMBL ID", "Assay Tissue Name",
        "Assay Cell Type", "Assay Subcellular Fraction", "Assay Parameters", "Assay Variant Accession",
        "Assay Variant Mutation", "Target ChEMBL ID", "Target Name", "Target Organism", "Target Type",
        "Document ChEMBL ID", "Source ID", "Source Description", "Document Journal", "Document Year", "Cell ChEMBL ID",
        "Properties", "Action Type",
    };

    private string _text = string.Empty;

    /// <summary>Rows in the export.</summary>
    [Params(5000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var b = new StringBuilder();
        b.AppendJoin(';', Header.Select(h => "\"" + h + "\"")).Append('\n');
        var targets = new[] { ("CHEMBL228", "Serotonin transporter"), ("CHEMBL222", "Norepinephrine transporter"), ("CHEMBL238", "Dopamine transporter") };
        for (var i = 0; i < Rows; i++)
        {
            var (target, name) = targets[i % 3];
            var value = (1 + (i * 37 % 9973)).ToString(CultureInfo.InvariantCulture) + ".0";
            var cells = new string[Header.Length];
            Array.Fill(cells, string.Empty);
            cells[0] = "CHEMBL" + (100000 + i).ToString(CultureInfo.InvariantCulture);
            cells[7] = "CN(C)CCCN1c2ccccc2CCc2ccc(C#N)cc21";
            cells[8] = "Ki";
            cells[9] = "'='";
            cells[10] = value;
            cells[11] = "nM";
            cells[12] = i % 4 == 0 ? string.Empty : "7.12";
            cells[13] = i % 50 == 0 ? "Outside typical range" : string.Empty;
            cells[21] = "CHEMBL" + (600000 + (i / 20)).ToString(CultureInfo.InvariantCulture);
            cells[22] = "Displacement of [3H]ligand from human transporter; assay; n = 3";
            cells[23] = "B";
            cells[34] = target;
            cells[35] = name;
            cells[36] = "Homo sapiens";
            cells[38] = "CHEMBL" + (1100000 + (i / 100)).ToString(CultureInfo.InvariantCulture);
            b.AppendJoin(';', cells.Select(c => "\"" + c + "\"")).Append('\n');
        }

        _text = b.ToString();
    }

    private static readonly int[] Strings = { 0, 7, 8, 9, 11, 21, 34, 38 };

    [Benchmark(Baseline = true)]
    public decimal Sep_0_18_0()
    {
        var sum = 0m;
        var chars = 0;
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(_text);
        foreach (var row in reader)
        {
            foreach (var index in Strings)
            {
                chars += row[index].ToString().Length;
            }

            sum += decimal.Parse(row[10].Span, NumberStyles.Float, CultureInfo.InvariantCulture);
            var p = row[12].Span;
            sum += p.Length == 0 ? 0 : decimal.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return sum + chars;
    }

    [Benchmark]
    public decimal Sylvan_1_4_4()
    {
        var sum = 0m;
        var chars = 0;
        using var reader = CsvDataReader.Create(new StringReader(_text), new CsvDataReaderOptions { Delimiter = ';' });
        while (reader.Read())
        {
            foreach (var index in Strings)
            {
                chars += reader.GetString(index).Length;
            }

            sum += decimal.Parse(reader.GetFieldSpan(10), NumberStyles.Float, CultureInfo.InvariantCulture);
            var p = reader.GetFieldSpan(12);
            sum += p.Length == 0 ? 0 : decimal.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return sum + chars;
    }

    [Benchmark]
    public decimal CsvHelper_34_0_0()
    {
        // CsvHelper 34 is a rewrite (a UTF-8 reader with its own API); its header is read by the first Read.
        var sum = 0m;
        var chars = 0;
        using var reader = CsvHelper.CsvReader.FromText(_text, new CsvHelper.CsvReaderOptions { Separator = ';' });
        while (reader.Read())
        {
            foreach (var index in Strings)
            {
                chars += reader.GetString(index).Length;
            }

            sum += decimal.Parse(reader.GetString(10), NumberStyles.Float, CultureInfo.InvariantCulture);
            var p = reader.GetString(12);
            sum += p.Length == 0 ? 0 : decimal.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return sum + chars;
    }
}

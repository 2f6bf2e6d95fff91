using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Apache.Arrow;
using Cianopramine.Data.Model;
using Cianopramine.Data.Units;

namespace Cianopramine.Data.Analysis;

/// <summary>
/// The documented schema of the analysis tables (docs/analysis.md lists every column): results, compounds, targets,
/// references, assays and statements (transformations, mechanisms and data gaps). Every table has an <c>ordinal</c>
/// (the item's position in the dataset's JSON form) and a <c>json</c> column (the item exactly as the JSON data format
/// writes it), from which <see cref="DatasetTables"/> reads a table set back into a validated <see cref="Dataset"/>;
/// the typed columns in between are derived from the model for analysis tools.
/// </summary>
public static class AnalysisSchema
{
    /// <summary>The version of this table layout, written into every file's metadata (<see cref="FormatVersionKey"/>).</summary>
    public const string FormatVersion = "1";

    /// <summary>Metadata key: the table's name (results, compounds, …).</summary>
    public const string TableKey = "cianopramine.table";

    /// <summary>Metadata key: the table layout version (<see cref="FormatVersion"/>).</summary>
    public const string FormatVersionKey = "cianopramine.format";

    /// <summary>Metadata key: the dataset's <c>dataset</c> object (id, title, version, sources) as JSON.</summary>
    public const string DatasetKey = "cianopramine.dataset";

    /// <summary>Metadata key: the content hash of the dataset the table was written from.</summary>
    public const string ContentHashKey = "cianopramine.content_hash";

    /// <summary>
    /// Metadata key, present (value <c>true</c>) only on tables written without their <c>json</c> column
    /// (<see cref="DatasetTables.WithoutJson"/>): <see cref="DatasetTableReader"/> refuses them with a message saying so.
    /// </summary>
    public const string JsonOmittedKey = "cianopramine.json_omitted";

    /// <summary>The tables in the order the JSON data format lists them.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["references", "compounds", "targets", "assays", "results", "statements"];

    /// <summary>The Arrow schema of the results table (without file metadata).</summary>
    public static Schema Results => Build(ResultColumns);

    /// <summary>The Arrow schema of the compounds table.</summary>
    public static Schema Compounds => Build(CompoundColumns);

    /// <summary>The Arrow schema of the targets table.</summary>
    public static Schema Targets => Build(TargetColumns);

    /// <summary>The Arrow schema of the references table.</summary>
    public static Schema References => Build(ReferenceColumns);

    /// <summary>The Arrow schema of the assays table.</summary>
    public static Schema Assays => Build(AssayColumns);

    /// <summary>The Arrow schema of the statements table (transformations, mechanisms and data gaps).</summary>
    public static Schema Statements => Build(StatementColumns);

    private static Schema Build<TRow>(IReadOnlyList<ColumnSpec<TRow>> columns)
    {
        var builder = new Schema.Builder();
        foreach (var column in columns)
        {
            builder.Field(column.Field);
        }

        return builder.Build();
    }

    internal static readonly ColumnSpec<ResultRow>[] ResultColumns =
    [
        new Int64Column<ResultRow>("ordinal", "Position of the result in the dataset (0-based); the read-back order.", r => r.Ordinal),
        new StringColumn<ResultRow>("result_id", "The result's id.", r => r.Item.Id, nullable: false),
        new StringColumn<ResultRow>("compound_id", "The compound's id.", r => r.Item.Compound.Id, nullable: false),
        new StringColumn<ResultRow>("compound_name", "The compound's preferred name; null when the source states none.", r => r.Item.Compound.HasStatedName ? r.Item.Compound.Name : null),
        new StringColumn<ResultRow>("target_id", "The target's id (the partition key of partitioned Parquet).", r => r.Item.Target.Id, nullable: false),
        new StringColumn<ResultRow>("target_symbol", "The target's symbol (SERT, NET, …).", r => r.Item.Target.Symbol, nullable: false),
        new StringColumn<ResultRow>("assay_id", "The assay's id.", r => r.Item.Assay.Id, nullable: false),
        new StringColumn<ResultRow>("assay_kind", "The assay kind, as the JSON format writes it (uptake-inhibition, radioligand-binding, …).", r => Json.String(r.Assay, "kind")),
        new StringColumn<ResultRow>("setting", "in-vitro, in-vivo, ex-vivo or isolated-tissue.", r => Json.String(r.Assay, "setting")),
        new StringListColumn<ResultRow>("species", "The assay's species; empty when none is stated.", (r, list) => Json.Strings(r.Assay, "species", list)),
        new StringColumn<ResultRow>("tissue", "The assay's tissue or preparation, if stated.", r => Json.String(r.Assay, "tissue")),
        new StringColumn<ResultRow>("action", "The pharmacological action (inhibitor, antagonist, …), if stated.", r => Json.String(r.Json, "action")),
        new StringColumn<ResultRow>("value_kind", "quantitative, qualitative or comparative.", r => Json.String(r.Json, "value", "type"), nullable: false),
        new StringColumn<ResultRow>("parameter", "Quantitative: IC50, Ki, Kd, EC50, ED50, percent-inhibition or dose.", r => Json.String(r.Json, "value", "parameter")),
        new StringColumn<ResultRow>("relation", "Quantitative: the relation of the value (=, <, >, <=, >=, ~); censored when not =.", r => Quantitative(r)?.Relation.Symbol()),
        new DoubleColumn<ResultRow>("value", "Quantitative: the value as stated, in unit (double; the exact decimal is in json).", r => Quantitative(r) is { } q ? (double)q.Magnitude.Value : null),
        new StringColumn<ResultRow>("unit", "Quantitative: the unit as stated (M, uM, nM, %, mg/kg, …).", r => Json.String(r.Json, "value", "unit")),
        new DoubleColumn<ResultRow>("molar_value", "Quantitative molar concentrations: the value in mol/L; null for other units.", r => Quantitative(r)?.Concentration is { } c ? (double)c.ToMolar() : null),
        new DoubleColumn<ResultRow>("p_value", "Molar concentrations: -log10(molar_value) (pIC50, pKi, …).", r => Quantitative(r)?.PValue?.Value),
        new StringColumn<ResultRow>("p_value_relation", "The relation of p_value (the mirror of relation: IC50 < 1 µM is pIC50 > 6).", r => Quantitative(r) is { PValue: not null } q ? q.PValueRelation.Symbol() : null),
        new BooleanColumn<ResultRow>("censored", "Quantitative: true when the relation is not = (a bound, not a measurement).", r => Quantitative(r)?.Relation.IsCensored()),
        new StringColumn<ResultRow>("spread_kind", "Quantitative: sd, sem, ci95, range or unspecified.", r => Json.String(r.Json, "value", "spread", "kind")),
        new DoubleColumn<ResultRow>("spread", "Quantitative: the spread's value, in unit.", r => Quantitative(r)?.Spread is { } s ? (double)s.Value : null),
        new Int32Column<ResultRow>("sample_size", "Quantitative: n, if stated.", r => Quantitative(r)?.SampleSize),
        new StringColumn<ResultRow>("qualitative_category", "Qualitative: active, inactive, potent, weak, high-affinity or mixed.", r => Json.String(r.Json, "value", "category")),
        new StringColumn<ResultRow>("value_text", "Qualitative and comparative: the text as stated.", r => r.Item.Value is QualitativeValue t ? t.Text : (r.Item.Value as ComparativeValue)?.Text),
        new StringColumn<ResultRow>("compared_to", "Comparative: the id of the compound it is compared to.", r => (r.Item.Value as ComparativeValue)?.ComparedTo.Id),
        new StringColumn<ResultRow>("direction", "Comparative: weaker, stronger or similar.", r => Json.String(r.Json, "value", "direction")),
        new StringListColumn<ResultRow>("reference_ids", "The ids of the references behind the result.", (r, list) => Ids(r.Item.References, list)),
        new StringListColumn<ResultRow>("pmids", "The PubMed ids among those references.", (r, list) => Pmids(r.Item.References, list)),
        new StringListColumn<ResultRow>("note_kinds", "The curation flags: the kinds of the result's curation notes (unverified, citation-mismatch, …).", (r, list) => Json.NoteKinds(r.Json, list)),
        new StringColumn<ResultRow>("json", "The result exactly as the JSON data format writes it (the lossless form).", r => r.Json.GetRawText(), nullable: false),
    ];

    internal static readonly ColumnSpec<ItemRow<Compound>>[] CompoundColumns =
    [
        new Int64Column<ItemRow<Compound>>("ordinal", "Position of the compound in the dataset (0-based).", r => r.Ordinal),
        new StringColumn<ItemRow<Compound>>("compound_id", "The compound's id.", r => r.Item.Id, nullable: false),
        new StringColumn<ItemRow<Compound>>("name", "The preferred name; null when the source states none.", r => r.Item.HasStatedName ? r.Item.Name : null),
        new StringColumn<ItemRow<Compound>>("role", "parent-drug, metabolite or reference-compound.", r => Json.String(r.Json, "role")),
        new StringColumn<ItemRow<Compound>>("class", "The pharmacological class, if stated.", r => r.Item.Class),
        new StringListColumn<ItemRow<Compound>>("synonyms", "Synonyms and research codes.", (r, list) => list.AddRange(r.Item.Synonyms.Select(s => s.Text))),
        new StringColumn<ItemRow<Compound>>("pubchem_cid", "PubChem CID, if confirmed.", r => r.Item.Identifiers.PubChemCid?.ToString()),
        new StringColumn<ItemRow<Compound>>("chembl_id", "ChEMBL id, if confirmed.", r => r.Item.Identifiers.ChemblId?.ToString()),
        new StringColumn<ItemRow<Compound>>("drugbank_id", "DrugBank id, if confirmed.", r => r.Item.Identifiers.DrugBankId?.ToString()),
        new StringColumn<ItemRow<Compound>>("cas", "CAS registry number, if confirmed.", r => r.Item.Identifiers.Cas?.ToString()),
        new StringListColumn<ItemRow<Compound>>("reference_ids", "The ids of the references behind the compound.", (r, list) => Ids(r.Item.References, list)),
        new StringListColumn<ItemRow<Compound>>("note_kinds", "The kinds of the compound's curation notes.", (r, list) => Json.NoteKinds(r.Json, list)),
        new StringColumn<ItemRow<Compound>>("json", "The compound exactly as the JSON data format writes it.", r => r.Json.GetRawText(), nullable: false),
    ];

    internal static readonly ColumnSpec<ItemRow<Target>>[] TargetColumns =
    [
        new Int64Column<ItemRow<Target>>("ordinal", "Position of the target in the dataset (0-based).", r => r.Ordinal),
        new StringColumn<ItemRow<Target>>("target_id", "The target's id.", r => r.Item.Id, nullable: false),
        new StringColumn<ItemRow<Target>>("symbol", "The symbol (SERT, NET, …).", r => r.Item.Symbol, nullable: false),
        new StringColumn<ItemRow<Target>>("name", "The name.", r => r.Item.Name, nullable: false),
        new StringColumn<ItemRow<Target>>("kind", "transporter, receptor, enzyme, ….", r => Json.String(r.Json, "kind")),
        new StringColumn<ItemRow<Target>>("gene", "The gene symbol, if known.", r => r.Item.Gene),
        new StringListColumn<ItemRow<Target>>("accessions", "Accessions as database:value (uniprot:P31645, chembl:CHEMBL228, …).", (r, list) => Json.Accessions(r.Json, list)),
        new StringListColumn<ItemRow<Target>>("reference_ids", "The ids of the references behind the target.", (r, list) => Ids(r.Item.References, list)),
        new StringListColumn<ItemRow<Target>>("note_kinds", "The kinds of the target's curation notes.", (r, list) => Json.NoteKinds(r.Json, list)),
        new StringColumn<ItemRow<Target>>("json", "The target exactly as the JSON data format writes it.", r => r.Json.GetRawText(), nullable: false),
    ];

    internal static readonly ColumnSpec<ItemRow<Reference>>[] ReferenceColumns =
    [
        new Int64Column<ItemRow<Reference>>("ordinal", "Position of the reference in the dataset (0-based).", r => r.Ordinal),
        new StringColumn<ItemRow<Reference>>("reference_id", "The reference's id.", r => r.Item.Id, nullable: false),
        new StringColumn<ItemRow<Reference>>("kind", "journal-article, technical-document, ….", r => Json.String(r.Json, "kind")),
        new StringColumn<ItemRow<Reference>>("title", "The title, if known.", r => r.Item.Title),
        new StringListColumn<ItemRow<Reference>>("authors", "The authors, in order.", (r, list) => list.AddRange(r.Item.Authors)),
        new StringColumn<ItemRow<Reference>>("journal", "The journal, if any.", r => r.Item.Journal),
        new Int32Column<ItemRow<Reference>>("year", "The year, if known.", r => r.Item.Year),
        new StringColumn<ItemRow<Reference>>("pmid", "The PubMed id, if any.", r => r.Item.Pmid?.ToString()),
        new StringColumn<ItemRow<Reference>>("doi", "The DOI, if any.", r => r.Item.Doi?.ToString()),
        new StringColumn<ItemRow<Reference>>("url", "The URL, if any.", r => r.Item.Url),
        new StringColumn<ItemRow<Reference>>("status", "How far the reference was verified.", r => Json.String(r.Json, "status")),
        new StringColumn<ItemRow<Reference>>("json", "The reference exactly as the JSON data format writes it.", r => r.Json.GetRawText(), nullable: false),
    ];

    internal static readonly ColumnSpec<ItemRow<Assay>>[] AssayColumns =
    [
        new Int64Column<ItemRow<Assay>>("ordinal", "Position of the assay in the dataset (0-based).", r => r.Ordinal),
        new StringColumn<ItemRow<Assay>>("assay_id", "The assay's id.", r => r.Item.Id, nullable: false),
        new StringColumn<ItemRow<Assay>>("kind", "The assay kind.", r => Json.String(r.Json, "kind")),
        new StringColumn<ItemRow<Assay>>("setting", "in-vitro, in-vivo, ex-vivo or isolated-tissue.", r => Json.String(r.Json, "setting")),
        new StringListColumn<ItemRow<Assay>>("species", "The species; empty when none is stated.", (r, list) => Json.Strings(r.Json, "species", list)),
        new StringColumn<ItemRow<Assay>>("tissue", "The tissue or preparation, if stated.", r => r.Item.Tissue),
        new StringColumn<ItemRow<Assay>>("description", "The description.", r => r.Item.Description),
        new StringColumn<ItemRow<Assay>>("json", "The assay exactly as the JSON data format writes it.", r => r.Json.GetRawText(), nullable: false),
    ];

    internal static readonly ColumnSpec<StatementRow>[] StatementColumns =
    [
        new Int64Column<StatementRow>("ordinal", "Position of the statement within its section (0-based).", r => r.Ordinal),
        new StringColumn<StatementRow>("section", "transformations, mechanisms or gaps.", r => r.Section, nullable: false),
        new StringColumn<StatementRow>("statement_id", "The statement's id.", r => Json.String(r.Json, "id"), nullable: false),
        new StringColumn<StatementRow>("text", "The statement's text, if it has one (mechanisms, gaps).", r => Json.String(r.Json, "text")),
        new StringListColumn<StatementRow>("reference_ids", "The ids of the references behind the statement.", (r, list) => Json.Strings(r.Json, "references", list)),
        new StringColumn<StatementRow>("json", "The statement exactly as the JSON data format writes it.", r => r.Json.GetRawText(), nullable: false),
    ];

    private static QuantitativeValue? Quantitative(ResultRow row) => row.Item.Value as QuantitativeValue;

    private static void Ids(ValueArray<Reference> references, List<string> list)
    {
        foreach (var reference in references)
        {
            list.Add(reference.Id);
        }
    }

    private static void Pmids(ValueArray<Reference> references, List<string> list)
    {
        foreach (var reference in references)
        {
            if (reference.Pmid is { } pmid)
            {
                list.Add(pmid.ToString());
            }
        }
    }

    internal static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A result, its JSON form and its assay's JSON form.</summary>
internal readonly record struct ResultRow(long Ordinal, AssayResult Item, JsonElement Json, JsonElement Assay);

/// <summary>A dataset item and its JSON form.</summary>
internal readonly record struct ItemRow<T>(long Ordinal, T Item, JsonElement Json);

/// <summary>A statement (transformation, mechanism or gap), known by its JSON form.</summary>
internal readonly record struct StatementRow(long Ordinal, string Section, JsonElement Json);

/// <summary>Reading words from the JSON data format, so that every word is spelled once, by the core's writer.</summary>
internal static class Json
{
    public static string? String(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
            _ => null,
        };
    }

    public static void Strings(JsonElement element, string name, List<string> list)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(item.GetString()!);
                }
            }
        }
    }

    public static void NoteKinds(JsonElement element, List<string> list)
    {
        if (element.TryGetProperty("notes", out var notes) && notes.ValueKind == JsonValueKind.Array)
        {
            foreach (var note in notes.EnumerateArray())
            {
                if (String(note, "kind") is { } kind)
                {
                    list.Add(kind);
                }
            }
        }
    }

    public static void Accessions(JsonElement element, List<string> list)
    {
        if (element.TryGetProperty("accessions", out var accessions) && accessions.ValueKind == JsonValueKind.Array)
        {
            foreach (var accession in accessions.EnumerateArray())
            {
                list.Add(String(accession, "database") + ":" + String(accession, "value"));
            }
        }
    }
}

using System.Text.Json;
using Cianopramine.Data.Model;

namespace Cianopramine.Data.Import;

/// <summary>What every importer reads and writes alike: the spellings of a relation, and the shape of a quantitative value.</summary>
internal static class ImportFormat
{
    /// <summary>
    /// A relation cell in the format's spelling (<c>=</c>, <c>&lt;</c>, <c>&gt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>~</c>;
    /// <c>≤</c> and <c>≥</c> read as <c>&lt;=</c> and <c>&gt;=</c>), or null when the cell is not a relation.
    /// </summary>
    public static string? Relation(string cell) => cell switch
    {
        "=" or "<" or ">" or "<=" or ">=" or "~" => cell,
        "≤" => "<=",
        "≥" => ">=",
        _ => null,
    };

    /// <summary>A qualitative category's word in the format (docs/json-format.md).</summary>
    public static string Category(QualitativeCategory category) => category switch
    {
        QualitativeCategory.Active => "active",
        QualitativeCategory.Inactive => "inactive",
        QualitativeCategory.Potent => "potent",
        QualitativeCategory.Weak => "weak",
        QualitativeCategory.HighAffinity => "high-affinity",
        QualitativeCategory.Mixed => "mixed",
        _ => throw new System.ArgumentOutOfRangeException(nameof(category), category, "not a qualitative category"),
    };

    /// <summary>Writes a result's <c>value</c> object: a quantitative value, its relation only when the source states one.</summary>
    public static void WriteQuantitative(Utf8JsonWriter w, string parameter, string? relation, decimal value, string unit)
    {
        w.WriteStartObject("value");
        w.WriteString("type", "quantitative");
        w.WriteString("parameter", parameter);
        if (relation is not null)
        {
            w.WriteString("relation", relation);
        }

        w.WriteNumber("value", value);
        w.WriteString("unit", unit);
        w.WriteEndObject();
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cianopramine.Data.Model;
using Cianopramine.Data.Vocabulary;

namespace Cianopramine.Data.Validation;

/// <summary>
/// The canonical text of a dataset's data, and its SHA-256 content hash. The text is compact JSON with a fixed
/// property order; items of each section sorted by id (ordinal); absent, <c>null</c> and empty lists omitted;
/// defaults written out (<c>relation</c> <c>=</c>, <c>primary</c> false); enumeration words, relations and units
/// in their canonical spelling; decimals without exponent or trailing zeros. It leaves out everything that is not
/// data: file paths, positions, the split into files, property and item order, and the generated type's
/// <c>namespace</c> and <c>typeName</c>. Lists inside an item keep their order (author order is data).
/// </summary>
internal static partial class CanonicalForm
{
    /// <summary>The SHA-256 of <see cref="Render"/>'s UTF-8 bytes, as lowercase hex.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="sections">The merged sections.</param>
    /// <returns>64 lowercase hexadecimal digits.</returns>
    public static string ComputeHash(DatasetManifestSpec manifest, DatasetSections sections)
    {
        var bytes = Encoding.UTF8.GetBytes(Render(manifest, sections));
        byte[] hash;
        using (var sha = SHA256.Create())
        {
            hash = sha.ComputeHash(bytes);
        }

        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
        }

        return hex.ToString();
    }

    /// <summary>Renders the canonical text.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="sections">The merged sections.</param>
    /// <returns>The text (one section per line).</returns>
    public static string Render(DatasetManifestSpec manifest, DatasetSections sections)
    {
        var w = new Writer();
        w.Begin(null);
        w.Begin("dataset");
        w.String("id", manifest.Id.Value);
        w.String("title", manifest.Title);
        w.String("version", manifest.Version);
        w.String("description", manifest.Description);
        w.Strings("sources", Values(manifest.Sources));
        w.End();
        Section(w, "references", sections.References, x => x.Id.Value, WriteReference);
        Section(w, "compounds", sections.Compounds, x => x.Id.Value, WriteCompound);
        Section(w, "targets", sections.Targets, x => x.Id.Value, WriteTarget);
        Section(w, "assays", sections.Assays, x => x.Id.Value, WriteAssay);
        Section(w, "results", sections.Results, x => x.Id.Value, WriteResult);
        Section(w, "transformations", sections.Transformations, x => x.Id.Value, WriteTransformation);
        Section(w, "mechanisms", sections.Mechanisms, x => x.Id.Value, WriteMechanism);
        Section(w, "gaps", sections.Gaps, x => x.Id.Value, WriteGap);
        w.End();
        return w.ToString();
    }

    private const string HexDigits = "0123456789abcdef";

    private static void Section<T>(Writer w, string name, ValueArray<T> items, Func<T, string> id, Action<Writer, T> write)
    {
        if (items.IsEmpty)
        {
            return;
        }

        var sorted = new List<(T Item, int Index)>(items.Count);
        foreach (var item in items)
        {
            sorted.Add((item, sorted.Count));
        }

        // By id; equal ids (an invalid dataset) keep their order so the result is still deterministic.
        sorted.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(id(a.Item), id(b.Item));
            return c != 0 ? c : a.Index.CompareTo(b.Index);
        });
        w.NewLine();
        w.BeginArray(name);
        foreach (var (item, _) in sorted)
        {
            w.NewLine();
            w.Begin(null);
            write(w, item);
            w.End();
        }

        w.EndArray();
    }

    private static IEnumerable<string> Values(ValueArray<Located<string>> items)
    {
        foreach (var item in items)
        {
            yield return item.Value;
        }
    }

    private static void Notes(Writer w, ValueArray<NoteSpec> notes)
    {
        if (notes.IsEmpty)
        {
            return;
        }

        w.BeginArray("notes");
        foreach (var note in notes)
        {
            w.Begin(null);
            w.String("kind", EnumWords.NoteKind.ToWord(note.Kind));
            w.String("id", note.Id);
            w.String("text", note.Text);
            w.End();
        }

        w.EndArray();
    }

    private static void Accessions(Writer w, ValueArray<AccessionSpec> accessions)
    {
        if (accessions.IsEmpty)
        {
            return;
        }

        w.BeginArray("accessions");
        foreach (var a in accessions)
        {
            w.Begin(null);
            w.String("database", EnumWords.AccessionDatabase.ToWord(a.Database));
            w.String("value", a.Value.Value);
            w.String("species", EnumWords.Species.ToWordOrNull(a.Species));
            w.End();
        }

        w.EndArray();
    }

    /// <summary>Writes a decimal without exponent or trailing zeros (<c>5e-5</c>, <c>0.000050</c> → <c>0.00005</c>).</summary>
    private static string FormatDecimal(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (text.IndexOf(".", StringComparison.Ordinal) < 0)
        {
            return text == "-0" ? "0" : text;
        }

        text = text.TrimEnd('0').TrimEnd('.');
        return text == "-0" ? "0" : text;
    }
}
